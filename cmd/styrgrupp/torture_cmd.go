//go:build torture

package main

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/importer"
)

// tortureUsage is the usage text of `styrgrupp torture`, a test aid that
// the main usage does not list.
const tortureUsage = `styrgrupp torture – TESTHJÄLP, inget för vanligt bruk

Skriver många små ändringar till en databas, en transaktion i taget, och
skriver en rad på standard ut efter varje ändring som är sparad (commit).
Kraschtestet (cmd/styrgrupp/crash_test.go, make crashtest) dödar
processen mitt i och kontrollerar sedan att varje kvitterad ändring finns
kvar; två processer på samma databas visar att ingen skrivning misslyckas
för att databasen är upptagen.

Användning:
  styrgrupp torture --store FIL --setup
        lägg till testets värld: tre ledamöter, område 900 med insatser
        (900.1–900.8 på ett öppet sammanträde, 900.11–900.18 som utkast)
  styrgrupp torture --store FIL [--seed N] [--writes N] [--part I/N] [--import FIL]
        skriv N ändringar i slumpad ordning: kommentarer, beslut och nya
        versioner; med --import importeras filen i en transaktion efter
        halva antalet; med --part skriver processen bara beslut och
        versioner på var N:e punkt och förslag (från nummer I), så att
        flera processer kan skriva samtidigt utan att krocka

Rader på standard ut (en per sparad ändring):
  ok setup
  ok comment KOMMENTAR-ID N          kommentaren "Tortyr s<seed> p<I> n<N>"
  ok decision PUNKT-ID N             beslutet med texten "Tortyr s<seed> p<I> n<N>"
  ok revision FÖRSLAGS-ID VERSION N  versionen med sammanfattningen "Tortyr s<seed> p<I> n<N>"
  begin import                       importen börjar skriva
  ok import NYA ÄNDRADE              importen är sparad
  done N

Slutstatus: 0 när allt skrevs, 1 när en skrivning misslyckades, 2 vid fel
användning.
`

// The torture command is only in a program built with -tags torture, as
// the tests that run it build it (realBinary).
func init() { commands["torture"] = runTorture }

// tortureMeeting is the title of the open meeting of the torture world.
const tortureMeeting = "Tortyrtest"

// tortureWorld is what one torture process writes to: its share of the
// open meeting's items and of the draft proposals, and every torture
// proposal and member for the comments.
type tortureWorld struct {
	members   []int64
	proposals []int64
	items     []model.Item
	drafts    []int64
}

// runTorture is `styrgrupp torture`: see tortureUsage.
func runTorture(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("torture", stderr)
	fs.Usage = func() { fmt.Fprint(stderr, tortureUsage) }
	path := fs.String("store", "", "databasfil")
	setup := fs.Bool("setup", false, "lägg till testets värld")
	seed := fs.Uint64("seed", 1, "frö för slumptalen; står i varje text")
	writes := fs.Int("writes", 200, "antal ändringar")
	part := fs.String("part", "0/1", "del I av N: beslut och versioner bara på var N:e")
	file := fs.String("import", "", "fil att importera efter halva antalet ändringar")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	var slot, slots int
	if _, err := fmt.Sscanf(*part, "%d/%d", &slot, &slots); err != nil || slots < 1 || slot < 0 || slot >= slots || fs.NArg() > 0 {
		fs.Usage()
		return exitUsage
	}
	s, code := openStore(*path, stderr)
	if s == nil {
		return code
	}
	defer s.Close()
	ctx = model.WithActor(ctx, fmt.Sprintf("tortyr s%d p%d", *seed, slot))
	if *setup {
		if err := tortureSetup(ctx, s); err != nil {
			return fail(stderr, err)
		}
		fmt.Fprintln(stdout, "ok setup")
		return exitOK
	}
	w, err := loadTortureWorld(ctx, s, slot, slots)
	if err != nil {
		return fail(stderr, err)
	}
	rng := rand.New(rand.NewPCG(*seed, uint64(slot)))
	for n := 1; n <= *writes; n++ {
		if *file != "" && n == *writes/2+1 {
			if err := tortureImport(ctx, s, *file, stdout); err != nil {
				fmt.Fprintln(stderr, "fel vid importen:", model.ErrorMessage(err, model.Swedish), "–", err)
				return exitFailed
			}
		}
		mark := fmt.Sprintf("Tortyr s%d p%d n%d", *seed, slot, n)
		line, err := w.write(ctx, s, rng, mark, n)
		if err != nil {
			fmt.Fprintf(stderr, "fel vid ändring %d: %s – %v\n", n, model.ErrorMessage(err, model.Swedish), err)
			return exitFailed
		}
		fmt.Fprintln(stdout, line)
	}
	fmt.Fprintln(stdout, "done", *writes)
	return exitOK
}

// write makes one change, chosen at random, marked with mark, and returns
// the line that acknowledges it.
func (w *tortureWorld) write(ctx context.Context, s model.Store, rng *rand.Rand, mark string, n int) (string, error) {
	k := rng.IntN(10)
	switch {
	case k < 3 && len(w.items) > 0:
		it := w.items[rng.IntN(len(w.items))]
		outcome := []model.Outcome{model.OutcomeApproved, model.OutcomeDeferred, model.OutcomeRejected}[rng.IntN(3)]
		if _, err := s.RecordDecision(ctx, it.ID, model.Decision{Outcome: outcome, Text: mark}); err != nil {
			return "", err
		}
		return fmt.Sprintf("ok decision %d %d", it.ID, n), nil
	case k < 5 && len(w.drafts) > 0:
		id := w.drafts[rng.IntN(len(w.drafts))]
		p, err := s.Proposal(ctx, id)
		if err != nil {
			return "", err
		}
		c := p.Content
		c.Summary = mark
		if p, err = s.UpdateProposal(ctx, id, c, p.Revision); err != nil {
			return "", err
		}
		return fmt.Sprintf("ok revision %d %d %d", id, p.Revision, n), nil
	}
	c, err := s.AddComment(ctx, model.Comment{ProposalID: w.proposals[rng.IntN(len(w.proposals))],
		AuthorID: w.members[rng.IntN(len(w.members))], Body: mark})
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("ok comment %d %d", c.ID, n), nil
}

// tortureImport imports the file as `styrgrupp import` does, in one
// transaction, saying when it begins to write and when it is saved.
func tortureImport(ctx context.Context, s model.Store, file string, stdout io.Writer) error {
	plan, err := importer.PlanFiles(ctx, s, file)
	if err != nil {
		return err
	}
	fmt.Fprintln(stdout, "begin import")
	if err := importer.Apply(ctx, s, plan, nil); err != nil {
		return err
	}
	fmt.Fprintln(stdout, "ok import", plan.Count(importer.New), plan.Count(importer.Changed))
	return nil
}

// tortureSetup adds the torture world to the store, unless area 900 is
// there already.
func tortureSetup(ctx context.Context, s model.Store) error {
	if _, err := s.ProposalByRef(ctx, tortureArea); err == nil {
		return nil
	}
	var ids [3]int64
	for i, name := range []string{"Tyra Ordförande", "Sixten Sekreterare", "Julia Justerare"} {
		m, err := s.CreateMember(ctx, model.Member{Name: name, Title: "Testare", Active: true})
		if err != nil {
			return err
		}
		ids[i] = m.ID
	}
	if _, err := s.CreateProposal(ctx, model.Content{Ref: tortureArea, Kind: model.KindArea, Title: "Tortyrtest"}); err != nil {
		return err
	}
	var ready []int64
	for _, n := range []int{1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 14, 15, 16, 17, 18} {
		p, err := s.CreateProposal(ctx, model.Content{Ref: fmt.Sprintf("%s.%d", tortureArea, n),
			Kind: model.KindIntervention, Title: fmt.Sprintf("Tortyrinsats %d", n), Summary: "Ny."})
		if err != nil {
			return err
		}
		if n < 10 {
			if _, err := s.MarkReady(ctx, p.ID); err != nil {
				return err
			}
			ready = append(ready, p.ID)
		}
	}
	var att []model.Attendee
	for _, id := range ids {
		att = append(att, model.Attendee{MemberID: id, Present: true, Decides: true})
	}
	m, err := s.CreateMeeting(ctx, model.Meeting{Title: tortureMeeting, Place: "Provrummet",
		// Under way: its decisions are recorded from its start.
		StartsAt: model.Now(ctx).Add(-time.Hour).Truncate(time.Hour),
		ChairID:  ids[0], SecretaryID: ids[1], AdjusterID: ids[2], Attendees: att})
	if err != nil {
		return err
	}
	for _, id := range ready {
		if _, err := s.AddItem(ctx, m.ID, id); err != nil {
			return err
		}
	}
	return nil
}

// loadTortureWorld finds the torture world and this process's share of
// it.
func loadTortureWorld(ctx context.Context, s model.Store, slot, slots int) (*tortureWorld, error) {
	ps, err := s.Proposals(ctx, model.ProposalFilter{})
	if err != nil {
		return nil, err
	}
	w := &tortureWorld{}
	var drafts []int64
	for _, p := range ps {
		if p.Ref == tortureArea || strings.HasPrefix(p.Ref, tortureArea+".") {
			w.proposals = append(w.proposals, p.ID)
			if p.Status == model.StatusDraft && p.Kind == model.KindIntervention {
				drafts = append(drafts, p.ID)
			}
		}
	}
	ms, err := s.Meetings(ctx)
	if err != nil {
		return nil, err
	}
	var items []model.Item
	for _, m := range ms {
		if m.Title == tortureMeeting && !m.SignedOff() {
			items = m.Items
			w.members = []int64{m.ChairID, m.SecretaryID, m.AdjusterID}
		}
	}
	if len(items) == 0 || len(w.proposals) == 0 {
		return nil, fmt.Errorf("torture: no torture world in %s; run torture --setup first", s.Path())
	}
	for i, it := range items {
		if i%slots == slot {
			w.items = append(w.items, it)
		}
	}
	for i, id := range drafts {
		if i%slots == slot {
			w.drafts = append(w.drafts, id)
		}
	}
	return w, nil
}
