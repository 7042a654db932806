#pragma once
// JSON-LD 1.0 with the @context inline, for RDF tools (rdflib, Oxigraph, Jena).
#include <iosfwd>
#include <string>

namespace inmaek {
class KnowledgeGraph;
}

namespace inmaek::exporters {

struct JsonldOptions {
  bool pretty = true;      // RapidJSON PrettyWriter with a 1-space indent; false = one line
  bool statements = true;  // one rdf:Statement node per relation, with its evidence
  std::string base = "https://inmaek.dev/";  // IRI root: vocabulary base + "ns#", entities
                                             // base + "id/<id>", documents base + "doc/<doc id>",
                                             // statements base + "stmt/<s>/<relation>/<o>"
  unsigned threads = 1;  // statements are formatted on this many threads (the output is the same)
};

// Writes g as {"@context": {...}, "@graph": [entities..., statements...]}.
// Vocabulary (prefixes inmaek = base + "ns#", schema = https://schema.org/, rdf, xsd, prov):
// - every entity: @type [schema:Person | schema:Organization | schema:SoftwareApplication,
//   inmaek:Person | inmaek:Organization | inmaek:Product], inmaek:entityId, schema:name,
//   schema:alternateName (with @language when the alias's language is known),
//   schema:sameAs <http://www.wikidata.org/entity/Qn> when known;
// - every relation: inmaek:<to_camel(type)> on the subject, pointing at the object; plus
//   schema:founder (on the founded organisation), schema:worksFor, schema:funder (on the
//   invested organisation), schema:parentOrganization and schema:subOrganization (both
//   ends of subsidiary_of), schema:creator (on the developed product);
// - with opt.statements, one rdf:Statement per relation with rdf:subject/predicate/object,
//   inmaek:relationType, inmaek:date (xsd:gYear / xsd:gYearMonth / xsd:date by form),
//   inmaek:amount (schema:MonetaryAmount: schema:description, schema:value, schema:currency),
//   inmaek:role, inmaek:confidence, inmaek:evidence (inmaek:Evidence nodes: inmaek:quote,
//   inmaek:document, inmaek:source, inmaek:begin, inmaek:end, inmaek:rule) and
//   prov:wasDerivedFrom the document IRIs.
// Non-integer numbers are {"@value": "0.85", "@type": "xsd:decimal"}; offsets are JSON integers.
// Entities are sorted by id and relations by (subject, type, object); output is byte-identical
// for equal graphs, whatever the insertion order.
void write_jsonld(const KnowledgeGraph& g, std::ostream& out, const JsonldOptions& opt = {});

}  // namespace inmaek::exporters
