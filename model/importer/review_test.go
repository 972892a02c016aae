package importer_test

import (
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/importer"
)

// Files that would otherwise be read wrong without a word are refused,
// each with the place and the reason.
func TestFilesThatWouldBeReadAskewAreRefused(t *testing.T) {
	cases := []struct {
		name, text, want string
	}{
		{"forskjuten.csv", "Ref,Titel,Kostnad (kr),Ansvarig\r\n1,Område,,\r\n1.1,Insats,1 250 000,50,Kalle Anka\r\n",
			`forskjuten.csv, rad 3, kolumn E: värdet "Kalle Anka" står till höger om den sista rubriken (rubrikraden har 4 kolumner)`},
		{"blandad.csv", "Ref;Titel\r\n1;Område med åäö\r\n1.1;Insats \x96 med tankstreck\r\n",
			"blandad.csv, rad 3: filen är skriven i UTF-8 men den här raden har tecken i en annan teckenkodning"},
		{"bom.csv", "\ufeffRef;Titel\r\n1;Omr\xe5de\r\n",
			"bom.csv, rad 2: filen är skriven i UTF-8"},
		{"engelsk.csv", "Ref;Titel;Kostnad\r\n1;Område;250,000\r\n",
			`engelsk.csv, rad 2, kolumn Kostnad: "250,000" är inget belopp`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := importer.Read(c.name, strings.NewReader(c.text))
			ps := importer.AsProblems(err)
			if len(ps) == 0 {
				t.Fatal("the file was read")
			}
			if msg := ps.Message(model.Swedish); !strings.Contains(msg, c.want) {
				t.Errorf("message\n  %s\nwant it to contain\n  %s", msg, c.want)
			}
		})
	}
}

// A file that is all Windows-1252 is still read as such.
func TestAllWindows1252IsStillRead(t *testing.T) {
	r, err := importer.Read("ansi.csv", strings.NewReader("Ref;Titel\r\n1;Omr\xe5de f\xf6r \xe4ldre \x96 alla\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Records[0].Content.Title; got != "Område för äldre – alla" {
		t.Errorf("title %q", got)
	}
}
