package sqlstore

import "testing"

func TestEveryCopiedColumnHasAKind(t *testing.T) {
	for _, tb := range copyTables {
		if len(tb.kinds) != len(tb.cols) {
			t.Errorf("%s: %d kinds for %d columns", tb.name, len(tb.kinds), len(tb.cols))
		}
		for _, k := range tb.kinds {
			if !(k == kText || k == kInt || k == kBool || k == kBytes || k == kJSON) {
				t.Errorf("%s: unknown kind %q", tb.name, k)
			}
		}
	}
	if m := copyTables[meetingsAt]; m.name != "meetings" || m.cols[signedCol] != "signed_off_at" {
		t.Errorf("meetingsAt, signedCol name %s.%s", m.name, m.cols[signedCol])
	}
}

func TestSameValueComparesJSONAsJSON(t *testing.T) {
	if !sameValue(kJSON, `["a", {"b": 1}]`, `["a",{"b":1}]`) {
		t.Error("jsonb's spacing makes JSON differ")
	}
	if sameValue(kJSON, `["a"]`, `["b"]`) || sameValue(kJSON, `["a"]`, `not json`) {
		t.Error("different JSON compares the same")
	}
	if !sameValue(kBytes, []byte{1, 2}, []byte{1, 2}) || sameValue(kBytes, []byte{1}, []byte{2}) {
		t.Error("bytes compare wrong")
	}
}
