package model_test

import (
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

func TestPersonLineAndGuestLine(t *testing.T) {
	if got := model.PersonLine("Anna Lindqvist", "kommundirektör"); got != "Anna Lindqvist – kommundirektör" {
		t.Errorf("PersonLine: %q", got)
	}
	if got := model.PersonLine(" Bo Ek ", ""); got != "Bo Ek" {
		t.Errorf("PersonLine without a title: %q", got)
	}
	for in, want := range map[string]string{
		"Maja Strand, processledare för En kommun fri från våld, Kommunledningskontoret": "Maja Strand – processledare för En kommun fri från våld, Kommunledningskontoret",
		"Jonas Ek – kommunpolis, lokalpolisområde Älvstad":                               "Jonas Ek – kommunpolis, lokalpolisområde Älvstad",
		"Ulla Gäst": "Ulla Gäst",
	} {
		if got := model.GuestLine(in); got != want {
			t.Errorf("GuestLine(%q) = %q, want %q", in, got, want)
		}
	}
}
