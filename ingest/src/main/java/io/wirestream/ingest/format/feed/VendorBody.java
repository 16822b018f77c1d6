package io.wirestream.ingest.format.feed;

import io.wirestream.ingest.format.Paragraphs;
import io.wirestream.ingest.format.xml.Dom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The story text some agencies put in an extension namespace of an Atom entry instead of
 * {@code atom:content}, which then holds a placeholder (WENN's {@code wenn_cm:body}, with the lead
 * sentence apart in {@code wenn_cm:first_line}). Recognised by local name, not by vendor, so that
 * another agency's {@code x:body}/{@code x:fulltext} is read the same way.
 */
final class VendorBody {

    private static final Set<String> BODY_NAMES = Set.of("body", "fulltext", "full_text", "article_body", "bodytext");
    private static final Set<String> LEAD_NAMES = Set.of("first_line", "firstline", "lead", "intro", "standfirst");

    private VendorBody() {
    }

    /**
     * The paragraphs of the first extension body in {@code entry} (an element outside
     * {@code atomNamespace}), preceded by its lead when the lead is a sibling and not already the
     * body's first paragraph; empty when there is none.
     */
    static Optional<List<String>> of(Element entry, String atomNamespace) {
        Element body = find(entry, atomNamespace, BODY_NAMES);
        if (body == null) {
            return Optional.empty();
        }
        List<String> paragraphs = new ArrayList<>();
        Element lead = body.getParentNode() instanceof Element parent ? find(parent, atomNamespace, LEAD_NAMES) : null;
        List<String> text = paragraphs(body);
        if (lead != null) {
            List<String> leadText = paragraphs(lead);
            if (!leadText.isEmpty() && (text.isEmpty() || !text.get(0).startsWith(leadText.get(0)))) {
                paragraphs.addAll(leadText);
            }
        }
        paragraphs.addAll(text);
        return paragraphs.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(paragraphs));
    }

    private static Element find(Element root, String atomNamespace, Set<String> names) {
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && !atomNamespace.equals(e.getNamespaceURI())) {
                if (e.getNamespaceURI() != null && names.contains(Dom.name(e).toLowerCase(Locale.ROOT))) {
                    return e;
                }
                Element inner = find(e, atomNamespace, names);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private static List<String> paragraphs(Element element) {
        String text = element.getTextContent();
        return text.indexOf('<') >= 0 && text.indexOf('>') >= 0
                ? Paragraphs.fromHtml(FeedHtml.clean(text))
                : Paragraphs.fromLines(text);
    }
}
