package io.wirestream.ingest.format.feed;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes what web publishers put into feed HTML that is not story copy, before the HTML is split
 * into paragraphs: pull quotes (they repeat a sentence of the story) and lists made only of links
 * ("More from ...: " related-story boxes), with the lead-in heading of such a list. Stateless.
 */
final class FeedHtml {

    private FeedHtml() {
    }

    /** The cleaned HTML fragment. */
    static String clean(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        for (Element pull : doc.select("[class~=(?i)pull-?quote]")) {
            pull.remove();
        }
        for (Element list : doc.select("ul, ol")) {
            if (isLinkList(list)) {
                Element lead = list.previousElementSibling();
                while (lead != null && (lead.normalName().equals("br") || lead.text().isBlank())) {
                    lead = lead.previousElementSibling();
                }
                if (lead != null && lead.text().strip().endsWith(":")) {
                    lead.remove();
                }
                Element parent = list.parent();
                list.remove();
                if (parent != null && parent != doc.body() && parent.text().isBlank()) {
                    parent.remove();
                }
            }
        }
        return doc.body().html();
    }

    private static boolean isLinkList(Element list) {
        List<Element> items = list.children().stream().filter(e -> e.normalName().equals("li")).toList();
        if (items.isEmpty()) {
            return false;
        }
        for (Element li : items) {
            String text = li.text().strip();
            String linkText = li.select("a").text().strip();
            if (text.isEmpty() || !text.equals(linkText)) {
                return false;
            }
        }
        return true;
    }
}
