package io.wirestream.ingest.format.html;

import io.wirestream.ingest.format.Paragraphs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the main text of an article page, in the manner of Mozilla's Readability (written on
 * jsoup here: the Java port Readability4J is built on a 2018 jsoup and a 2020 Kotlin and no longer
 * released).
 *
 * <ol>
 *   <li>Page furniture is removed: scripts, styles, forms, navigation, asides, footers, figures,
 *       and elements whose class, id or role names navigation, ads, comments, sharing, related
 *       links, promotions or newsletters (unless they also name the article body).</li>
 *   <li>An element marked as the article body ({@code itemprop}/{@code property="articleBody"})
 *       with enough text is the content. Otherwise every paragraph of 25 characters or more
 *       scores its parent (fully) and grandparent (half) by length and commas; a candidate's score
 *       is weighed by its class/id and cut by its link density, and the best one wins.</li>
 *   <li>Within the winner, lists and blocks made mostly of links (related stories, tag clouds) are
 *       dropped, and the rest becomes paragraphs ({@link Paragraphs#fromHtml}).</li>
 * </ol>
 *
 * <p>Mutates the document it is given; stateless otherwise and thread-safe.
 */
final class MainContent {

    private static final Pattern UNLIKELY = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|masthead|site-header|header-nav|footer|site-footer|"
                    + "sidebar|aside|comments?|comment-count|disqus|respond|share|sharing|social|shares|"
                    + "related|more-stories|recommended|read-more|outbrain|taboola|promo|sponsor(?:ed)?|"
                    + "ad|ads|advert|advertisement|adslot|dfp|banner|newsletter|subscribe|signup|paywall|cookie|"
                    + "consent|popup|modal|tags?|tag-list|topics|skip|off-screen|visually-hidden|sr-only|"
                    + "print-only|byline-share|toolbar|pagination|pager)(?:$|[\\s_-])");
    private static final Pattern POSITIVE = Pattern.compile(
            "(?i)article|body|content|entry|main|post|story|text|blog");
    private static final Pattern NEGATIVE = Pattern.compile(
            "(?i)comment|footer|masthead|media|meta|promo|related|scroll|share|shoutbox|sidebar|sponsor|widget|nav");
    private static final Pattern BYLINE = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:byline|by-line|author|authors|dateline|timestamp|published|pubdate|date)(?:$|[\\s_-])");
    private static final String FURNITURE =
            "script, style, noscript, template, form, nav, aside, footer, iframe, object, embed, svg, canvas, "
                    + "button, select, textarea, input, figure, picture, video, audio, "
                    + "[role=navigation], [role=complementary], [role=contentinfo], [role=banner], [role=search], "
                    + "[aria-hidden=true], [hidden]";

    /** Enough text for a marked article body to be trusted. */
    private static final int MIN_MARKED_CHARS = 200;
    private static final int MIN_PARAGRAPH_CHARS = 25;

    private MainContent() {
    }

    /** The main text's paragraphs; empty if the page has no recognisable article text. */
    static List<String> paragraphs(Document document) {
        Element body = document.body();
        if (body == null) {
            return List.of();
        }
        removeFurniture(body);
        Element content = marked(body);
        if (content == null) {
            content = bestCandidate(body);
        }
        if (content == null) {
            return List.of();
        }
        dropLinkBlocks(content);
        dropHeadlineAndByline(content);
        return Paragraphs.fromHtml(content.outerHtml());
    }

    private static void removeFurniture(Element body) {
        body.select(FURNITURE).remove();
        // A page header is furniture, an article's own header (headline, byline) is not.
        for (Element header : body.select("header")) {
            if (header.closest("article") == null) {
                header.remove();
            }
        }
        for (Element element : body.getAllElements()) {
            if (element == body || element.parent() == null) {
                continue;
            }
            String names = element.className() + " " + element.id();
            if (UNLIKELY.matcher(names).find() && !POSITIVE.matcher(element.id()).find()
                    && !element.hasAttr("itemprop") && !"articleBody".equals(element.attr("property"))
                    && !element.normalName().equals("article")) {
                element.remove();
            }
        }
    }

    private static Element marked(Element body) {
        Elements marked = body.select("[itemprop=articleBody], [property=articleBody]");
        Element best = null;
        for (Element element : marked) {
            if (best == null || element.text().length() > best.text().length()) {
                best = element;
            }
        }
        return best != null && best.text().length() >= MIN_MARKED_CHARS ? best : null;
    }

    private static Element bestCandidate(Element body) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element paragraph : body.select("p, pre, td, blockquote")) {
            String text = paragraph.text();
            if (text.length() < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            double score = 1 + text.split("[,،、，]", -1).length - 1 + Math.min(text.length() / 100, 3);
            Element parent = paragraph.parent();
            if (parent == null) {
                continue;
            }
            scores.merge(parent, score, Double::sum);
            Element grandparent = parent.parent();
            if (grandparent != null) {
                scores.merge(grandparent, score / 2, Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            Element candidate = entry.getKey();
            double score = (entry.getValue() + classWeight(candidate)) * (1 - linkDensity(candidate));
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    private static double classWeight(Element element) {
        double weight = 0;
        for (String name : new String[] {element.className(), element.id()}) {
            if (name.isEmpty()) {
                continue;
            }
            if (POSITIVE.matcher(name).find()) {
                weight += 25;
            }
            if (NEGATIVE.matcher(name).find()) {
                weight -= 25;
            }
        }
        if (element.normalName().equals("article") || element.normalName().equals("main")) {
            weight += 10;
        }
        return weight;
    }

    /** Share of an element's text that is link text, 0 to 1. */
    static double linkDensity(Element element) {
        int length = element.text().length();
        if (length == 0) {
            return 0;
        }
        int links = 0;
        for (Element link : element.select("a")) {
            links += link.text().length();
        }
        return Math.min(1, (double) links / length);
    }

    /**
     * The headline and the byline are fields of their own, not body: the page's {@code h1} and
     * short elements marked as byline, author, dateline or timestamp are dropped from the text.
     */
    private static void dropHeadlineAndByline(Element content) {
        content.select("h1").remove();
        // A date printed on its own ("1 December 2026" under the headline) is a field, not copy;
        // a <time> inside a paragraph is part of its sentence and stays.
        for (Element time : content.select("time")) {
            if (time.closest("p, li, td, blockquote") == null) {
                time.remove();
            }
        }
        for (Element element : content.getAllElements()) {
            if (element == content || element.parent() == null) {
                continue;
            }
            String names = element.className() + " " + element.id() + " " + element.attr("itemprop") + " " + element.attr("rel");
            if (BYLINE.matcher(names).find() && element.text().length() < 200) {
                element.remove();
            }
        }
    }

    private static void dropLinkBlocks(Element content) {
        for (Element block : content.select("ul, ol, div, section, table")) {
            if (block.parent() != null && block != content && linkDensity(block) > 0.5) {
                block.remove();
            }
        }
    }
}
