package io.wirestream.ingest.format.feed;

import io.wirestream.ingest.format.ParsedArticle.Association;
import io.wirestream.ingest.format.ParsedArticle.Rendition;
import io.wirestream.ingest.format.xml.Dom;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * The pictures, audio and video a feed item or entry attaches, by reference (nothing is fetched):
 * RSS {@code enclosure}, Atom {@code link rel="enclosure"}, and Media RSS {@code media:content},
 * alone or in a {@code media:group}. Stateless.
 */
final class FeedMedia {

    private FeedMedia() {
    }

    /** RSS {@code enclosure} elements of an item. */
    static List<Association> enclosures(Element item) {
        List<Association> associations = new ArrayList<>();
        for (Element enclosure : Dom.children(item, "enclosure")) {
            String url = Dom.attr(enclosure, "url");
            if (url != null) {
                String type = Dom.attr(enclosure, "type");
                associations.add(new Association(null, url, medium(null, type), null,
                        List.of(new Rendition(url, type, longValue(Dom.attr(enclosure, "length")), null, null))));
            }
        }
        return associations;
    }

    /** Atom {@code link rel="enclosure"} elements of an entry. */
    static List<Association> enclosureLinks(Element entry) {
        List<Association> associations = new ArrayList<>();
        for (Element l : Dom.children(entry, "link")) {
            String href = Dom.attr(l, "href");
            if ("enclosure".equals(Dom.attr(l, "rel")) && href != null) {
                String type = Dom.attr(l, "type");
                associations.add(new Association(null, href, medium(null, type), Dom.attr(l, "title"),
                        List.of(new Rendition(href, type, longValue(Dom.attr(l, "length")), null, null))));
            }
        }
        return associations;
    }

    /**
     * Media RSS {@code media:content} with a URL, directly under the item or entry, and the first
     * rendition of each {@code media:group} (a group holds the sizes of one picture or video).
     */
    static List<Association> mediaContent(Element item) {
        List<Element> contents = new ArrayList<>(Dom.children(item, "content"));
        for (Element group : Dom.children(item, "group")) {
            Dom.children(group, "content").stream().filter(c -> Dom.attr(c, "url") != null).findFirst().ifPresent(contents::add);
        }
        List<Association> associations = new ArrayList<>();
        for (Element media : contents) {
            String url = Dom.attr(media, "url");
            if (url == null) {
                continue;
            }
            String type = Dom.attr(media, "type");
            // In a group the caption is usually the group's, not the rendition's.
            Element group = media.getParentNode() instanceof Element parent && Dom.name(parent).equals("group") ? parent : null;
            associations.add(new Association(Dom.text(media, "identifier"), url, medium(Dom.attr(media, "medium"), type),
                    Dom.first(Dom.text(media, "description"), Dom.text(media, "title"), Dom.text(group, "description"),
                            Dom.text(group, "title")),
                    List.of(new Rendition(url, type, longValue(Dom.attr(media, "fileSize")),
                            Dom.integer(Dom.attr(media, "width")), Dom.integer(Dom.attr(media, "height"))))));
        }
        return associations;
    }

    private static String medium(String medium, String type) {
        if (medium != null) {
            return medium.equals("image") ? "picture" : medium;
        }
        if (type == null) {
            return null;
        }
        return type.startsWith("image/") ? "picture" : type.startsWith("video/") ? "video" : type.startsWith("audio/") ? "audio" : null;
    }

    private static Long longValue(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
