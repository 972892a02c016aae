package importer

import "github.com/styrgrupp/styrgrupp/model"

// ParseCost reads an amount of kronor as people write it in a cell or a
// form ("1 250 000", "1 250 000,50 kr", "1250000.5"), by the same rules as
// the import; empty text is no amount. An ambiguous amount such as
// "250,000" and a negative one are errors.
func ParseCost(s string) (model.Money, error) { return parseCost(s) }

// ParseEvidence reads evidence one item a line, "Forskning: …" setting the
// kind and a link at the end of a line becoming its URL, by the same rules
// as the import.
func ParseEvidence(s string) []model.Evidence { return parseEvidence(s) }
