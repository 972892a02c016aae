package model

import (
	"errors"
	"fmt"
	"testing"
)

func TestErrorListGivesOneEntryPerFieldError(t *testing.T) {
	two := Errors{FieldError("title", "title_required"), FieldError("cost", "cost_negative")}
	if got := ErrorList(fmt.Errorf("save: %w", two)); len(got) != 2 || got[1].Field != "cost" {
		t.Errorf("a wrapped list gives %v", got)
	}
	one := FieldError("start", "date_invalid", "x")
	if got := ErrorList(one); len(got) != 1 || got[0] != one {
		t.Errorf("one error gives %v", got)
	}
	if got := ErrorList(errors.New("disk on fire")); len(got) != 1 || got[0].Key != "internal" || got[0].Code != EInternal {
		t.Errorf("a plain error gives %v", got)
	}
}
