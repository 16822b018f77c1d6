package io.wirestream.publish.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.schemas.DateMention;
import io.wirestream.schemas.Dateline;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.Entity;
import io.wirestream.schemas.Quantity;
import io.wirestream.schemas.Quote;

/**
 * The story extractions in the enriched JSON: {@code primaryPlace{entity (its index in entities), name,
 * geonamesId, countryCode, geometry}} (v5), {@code dateline{place, date, source, start, end}},
 * {@code dateReference}, {@code dates[{text, start, end, value, kind, resolved}]},
 * {@code quantities[{text, start, end, value, unit, kind, currency, approximate}]},
 * {@code quotes[{text, start, end, speaker, speakerEntity, kind}]}. ninjs 3.x has no names for these; they follow
 * its camelCase style. Offsets are UTF-16 offsets into {@code body}, end exclusive, like entity mentions. Lists are
 * always written (empty when nothing was found); absent optional values are omitted.
 */
final class Extractions {

    private Extractions() {
    }

    static void write(ObjectNode node, EnrichedArticle enriched) {
        Integer primary = enriched.getPrimaryPlace();
        if (primary != null && primary >= 0 && primary < enriched.getEntities().size()) {
            Entity place = enriched.getEntities().get(primary);
            ObjectNode o = node.putObject("primaryPlace").put("entity", primary).put("name", place.getCanonicalName() != null
                    ? place.getCanonicalName() : place.getName());
            if (place.getGeonamesId() != null) {
                o.put("geonamesId", place.getGeonamesId());
            }
            text(o, "countryCode", place.getCountryCode());
            if (place.getLatitude() != null && place.getLongitude() != null) {
                o.putObject("geometry").put("type", "Point").putArray("coordinates")
                        .add(place.getLongitude()).add(place.getLatitude());
            }
        }
        Dateline d = enriched.getDateline();
        if (d != null) {
            ObjectNode o = node.putObject("dateline");
            text(o, "place", d.getPlace());
            text(o, "date", d.getDate());
            o.put("source", d.getSource());
            if (d.getStart() != null) {
                o.put("start", d.getStart());
            }
            if (d.getEnd() != null) {
                o.put("end", d.getEnd());
            }
        }
        if (enriched.getDateReference() != null) {
            node.put("dateReference", enriched.getDateReference().toString());
        }
        ArrayNode dates = node.putArray("dates");
        for (DateMention m : enriched.getDates()) {
            ObjectNode o = dates.addObject().put("text", m.getText()).put("start", m.getStart()).put("end", m.getEnd());
            text(o, "value", m.getValue());
            o.put("kind", m.getKind()).put("resolved", m.getResolved());
        }
        ArrayNode quantities = node.putArray("quantities");
        for (Quantity q : enriched.getQuantities()) {
            ObjectNode o = quantities.addObject().put("text", q.getText()).put("start", q.getStart())
                    .put("end", q.getEnd()).put("value", q.getValue());
            text(o, "unit", q.getUnit());
            o.put("kind", q.getKind());
            text(o, "currency", q.getCurrency());
            o.put("approximate", q.getApproximate());
        }
        ArrayNode quotes = node.putArray("quotes");
        for (Quote q : enriched.getQuotes()) {
            ObjectNode o = quotes.addObject().put("text", q.getText()).put("start", q.getStart()).put("end", q.getEnd());
            text(o, "speaker", q.getSpeaker());
            if (q.getSpeakerEntity() != null) {
                o.put("speakerEntity", q.getSpeakerEntity());
            }
            o.put("kind", q.getKind());
        }
    }

    private static void text(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }
}
