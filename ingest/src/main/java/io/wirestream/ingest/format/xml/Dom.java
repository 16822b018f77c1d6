package io.wirestream.ingest.format.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Small read-only helpers over a DOM, matching elements by local name so that a format reads the
 * same whatever namespace (or none) an agency puts its elements in. Null-tolerant: a null parent
 * has no children and no text. Stateless and thread-safe.
 */
public final class Dom {

    private static final Pattern WHITESPACE = Pattern.compile("[ \\t\\n\\r\\f]+");

    private Dom() {
    }

    /** The local name of {@code node} (or its node name when the parser gave none). */
    public static String name(Node node) {
        String local = node.getLocalName();
        return local != null ? local : node.getNodeName();
    }

    /** The element children of {@code parent} named {@code localName}, in order. */
    public static List<Element> children(Element parent, String localName) {
        List<Element> result = new ArrayList<>();
        if (parent == null) {
            return result;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name(e).equals(localName)) {
                result.add(e);
            }
        }
        return result;
    }

    /** All element children of {@code parent}, in order. */
    public static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        if (parent == null) {
            return result;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                result.add(e);
            }
        }
        return result;
    }

    /** The first element reached by following {@code path} of child names, or null. */
    public static Element child(Element parent, String... path) {
        Element current = parent;
        for (String step : path) {
            if (current == null) {
                return null;
            }
            List<Element> next = children(current, step);
            current = next.isEmpty() ? null : next.get(0);
        }
        return current;
    }

    /** Descendants of {@code root} named {@code localName}, in document order. */
    public static List<Element> descendants(Element root, String localName) {
        List<Element> result = new ArrayList<>();
        if (root == null) {
            return result;
        }
        NodeList all = root.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < all.getLength(); i++) {
            result.add((Element) all.item(i));
        }
        return result;
    }

    /** The first descendant named {@code localName}, or null. */
    public static Element descendant(Element root, String localName) {
        if (root == null) {
            return null;
        }
        NodeList all = root.getElementsByTagNameNS("*", localName);
        return all.getLength() == 0 ? null : (Element) all.item(0);
    }

    /** The text of {@code element} with markup whitespace collapsed and stripped; null when blank. */
    public static String text(Element element) {
        if (element == null) {
            return null;
        }
        return clean(element.getTextContent());
    }

    /** The text of the first child along {@code path}, or null. */
    public static String text(Element parent, String... path) {
        return text(child(parent, path));
    }

    /** Collapses markup whitespace and strips; null when null or blank. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String s = WHITESPACE.matcher(text).replaceAll(" ").strip();
        return s.isEmpty() ? null : s;
    }

    /** The attribute value, stripped; null when absent or blank. Matches by local name too. */
    public static String attr(Element element, String name) {
        if (element == null) {
            return null;
        }
        String value = element.getAttribute(name);
        if (value.isEmpty() && name.indexOf(':') < 0) {
            // An attribute in a namespace (xml:lang) is found by its local name as well.
            var attrs = element.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                Node a = attrs.item(i);
                if (name.equals(a.getLocalName())) {
                    value = a.getNodeValue();
                    break;
                }
            }
        }
        return clean(value);
    }

    /** {@code xml:lang} of the element or its nearest ancestor that has one, or null. */
    public static String lang(Element element) {
        for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
            String lang = e.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang");
            if (!lang.isBlank()) {
                return lang.strip();
            }
        }
        return null;
    }

    /** Parses an integer attribute or text leniently: null when absent or not a number. */
    public static Integer integer(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The first non-null of {@code values}. */
    @SafeVarargs
    public static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** {@code Optional} of the text along {@code path}. */
    public static Optional<String> optionalText(Element parent, String... path) {
        return Optional.ofNullable(text(parent, path));
    }
}
