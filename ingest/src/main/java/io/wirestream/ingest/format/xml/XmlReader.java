package io.wirestream.ingest.format.xml;

import io.wirestream.ingest.format.Origin;
import io.wirestream.ingest.format.WireFormatException;
import java.io.IOException;
import java.io.StringReader;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jsoup.nodes.Entities;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The hardened XML parser behind every XML wire format.
 *
 * <p>It parses with the JDK's DOM parser configured so that a document can reach nothing but its
 * own bytes: external general and parameter entities are off, the external DTD subset is never
 * loaded (a {@code <!DOCTYPE nitf SYSTEM "nitf-3-4.dtd">} parses, the DTD is ignored), external
 * DTD and schema access is empty, XInclude is off, and an entity resolver refuses any fetch that
 * still gets through. Internal entities are allowed but capped ({@link #ENTITY_EXPANSION_LIMIT},
 * {@link #ENTITY_SIZE_LIMIT}, {@link #TOTAL_ENTITY_SIZE_LIMIT}) so that billion-laughs and
 * quadratic blow-up fail fast; elements may nest at most {@link #MAX_DEPTH} deep and carry at most
 * {@link #MAX_ATTRIBUTES} attributes.
 *
 * <p>Bytes are decoded by {@link XmlCharset} first (so a mislabelled Latin-1 document still reads)
 * and handed to the parser as characters, which makes the declaration's encoding irrelevant to it.
 *
 * <p>Thread-safe: each thread keeps its own {@link DocumentBuilder}.
 */
public final class XmlReader {

    /** Most entity references a document may expand, in total. */
    public static final int ENTITY_EXPANSION_LIMIT = 1_000;
    /** Largest replacement text of one general entity, in characters. */
    public static final int ENTITY_SIZE_LIMIT = 64 * 1024;
    /** Largest total size of all expanded entities, in characters. */
    public static final int TOTAL_ENTITY_SIZE_LIMIT = 1_000_000;
    /** Deepest element nesting allowed. */
    public static final int MAX_DEPTH = 200;
    /** Most attributes one element may have. */
    public static final int MAX_ATTRIBUTES = 200;

    private static final Pattern NAMED_ENTITY = Pattern.compile("&([A-Za-z][A-Za-z0-9]{1,31});");
    private static final Set<String> XML_PREDEFINED = Set.of("amp", "lt", "gt", "quot", "apos");

    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(XmlReader::newBuilder);

    private XmlReader() {
    }

    /**
     * Parses a whole document.
     *
     * @param content the document bytes, not null
     * @param formatId the calling format's id, for the exception
     * @param origin where the bytes came from, for the exception
     * @return the document, namespace-aware
     * @throws WireFormatException if the document is empty, not well-formed, truncated, in an
     *     unknown encoding or over a limit; the message names the limit or the line and column
     */
    public static Document parse(byte[] content, String formatId, Origin origin) {
        String text;
        try {
            text = XmlCharset.decode(content);
        } catch (IllegalArgumentException e) {
            throw new WireFormatException(formatId, origin, e.getMessage(), e);
        }
        return parse(text, formatId, origin);
    }

    /** As {@link #parse(byte[], String, Origin)}, for text already decoded. */
    public static Document parse(String text, String formatId, Origin origin) {
        if (text.isBlank()) {
            throw new WireFormatException(formatId, origin, "empty input");
        }
        text = htmlEntitiesToNumeric(text);
        DocumentBuilder builder = BUILDER.get();
        builder.reset();
        builder.setEntityResolver((publicId, systemId) -> {
            throw new SAXException("external resource refused: " + systemId);
        });
        builder.setErrorHandler(QUIET);
        try {
            return builder.parse(new InputSource(new StringReader(text)));
        } catch (SAXParseException e) {
            throw new WireFormatException(formatId, origin, reason(e), e);
        } catch (SAXException | IOException e) {
            throw new WireFormatException(formatId, origin, "unreadable XML: " + e.getMessage(), e);
        }
    }

    /**
     * Replaces HTML named entities ({@code &eacute;}, {@code &nbsp;}) that the document does not
     * declare itself with numeric character references. NITF and NewsML documents use them on the
     * strength of their DTD, which is never loaded: without this, the parser would drop them
     * silently ("Caf test") when a DOCTYPE names an external DTD, or reject the document when
     * none does. XML's five predefined entities and entities declared in the internal subset are
     * left alone.
     */
    static String htmlEntitiesToNumeric(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = NAMED_ENTITY.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String name = m.group(1);
            if (XML_PREDEFINED.contains(name) || !Entities.isNamedEntity(name) || text.contains("<!ENTITY " + name)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, m.start());
            for (int cp : Entities.getByName(name).codePoints().toArray()) {
                out.append("&#").append(cp).append(';');
            }
            last = m.end();
        }
        if (out == null) {
            return text;
        }
        return out.append(text, last, text.length()).toString();
    }

    /** A reason that names the limit that was hit, or says where the XML is broken. */
    static String reason(SAXParseException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("JAXP00010001")) {
            return "XML rejected: more than " + ENTITY_EXPANSION_LIMIT + " entity expansions (entity expansion limit)";
        }
        if (message.contains("JAXP00010003")) {
            return "XML rejected: an entity is longer than " + ENTITY_SIZE_LIMIT + " characters (entity size limit)";
        }
        if (message.contains("JAXP00010004")) {
            return "XML rejected: expanded entities exceed " + TOTAL_ENTITY_SIZE_LIMIT + " characters (total entity size limit)";
        }
        if (message.contains("JAXP00010006")) {
            return "XML rejected: elements nested deeper than " + MAX_DEPTH + " (element depth limit)";
        }
        if (message.contains("JAXP00010002") || message.contains("elementAttributeLimit")) {
            return "XML rejected: an element has more than " + MAX_ATTRIBUTES + " attributes (attribute limit)";
        }
        if (message.contains("external resource refused")) {
            return "XML rejected: " + message;
        }
        String where = e.getLineNumber() > 0 ? " at line " + e.getLineNumber() + ", column " + e.getColumnNumber() : "";
        if (message.contains("must start and end within the same entity") || message.contains("Premature end of file")) {
            return "truncated XML" + where + ": " + message;
        }
        return "XML is not well-formed" + where + ": " + message;
    }

    private static final ErrorHandler QUIET = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setAttribute("jdk.xml.entityExpansionLimit", String.valueOf(ENTITY_EXPANSION_LIMIT));
            factory.setAttribute("jdk.xml.maxGeneralEntitySizeLimit", String.valueOf(ENTITY_SIZE_LIMIT));
            factory.setAttribute("jdk.xml.totalEntitySizeLimit", String.valueOf(TOTAL_ENTITY_SIZE_LIMIT));
            factory.setAttribute("jdk.xml.maxElementDepth", String.valueOf(MAX_DEPTH));
            factory.setAttribute("jdk.xml.elementAttributeLimit", String.valueOf(MAX_ATTRIBUTES));
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new IllegalStateException("the JDK XML parser does not support the hardening settings", e);
        }
    }
}
