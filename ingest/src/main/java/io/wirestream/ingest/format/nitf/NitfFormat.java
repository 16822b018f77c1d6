package io.wirestream.ingest.format.nitf;

import io.wirestream.ingest.format.Detection;
import io.wirestream.ingest.format.Origin;
import io.wirestream.ingest.format.ParsedArticle;
import io.wirestream.ingest.format.WireFormat;
import io.wirestream.ingest.format.WireFormatException;
import io.wirestream.ingest.format.xml.Dom;
import io.wirestream.ingest.format.xml.XmlHead;
import io.wirestream.ingest.format.xml.XmlReader;
import java.util.List;
import org.w3c.dom.Element;

/**
 * NITF 3.x news documents: one {@code <nitf>} root, one article.
 *
 * <p>Detection: the root element is {@code nitf} (CERTAIN when the DOCTYPE, the {@code version}
 * attribute or the namespace names NITF, else LIKELY). The DOCTYPE's external DTD is never read.
 * For the field table see {@link NitfDocument}. Stateless and thread-safe.
 */
public final class NitfFormat implements WireFormat {

    /** The format id. */
    public static final String ID = "nitf";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Detection detect(byte[] head) {
        return XmlHead.of(head)
                .filter(h -> h.localName().equals("nitf"))
                .map(h -> h.doctype().contains("NITF") || h.doctype().contains("nitf")
                        || h.startTag().contains("NITF") || h.declares("http://iptc.org/std/NITF")
                        ? Detection.CERTAIN : Detection.LIKELY)
                .orElse(Detection.NO_MATCH);
    }

    @Override
    public List<ParsedArticle> parse(byte[] content, Origin origin) {
        Element root = XmlReader.parse(content, ID, origin).getDocumentElement();
        if (!Dom.name(root).equals("nitf")) {
            throw new WireFormatException(ID, origin, "root element is <" + Dom.name(root) + ">, not <nitf>");
        }
        return List.of(NitfDocument.article(root, ID, origin));
    }
}
