package sqlite

// The search target of issue 4, as benchmarks: on a generated store of
// 10,000 interventions (under 200 areas) and 100,000 comments, the store's
// Search must take at most 5 ms (median) and at most 2 × a bare FTS5 MATCH
// of the same query on the same data, measured in the same run.
//
//	go test -run '^$' -bench 'Search(Store|BareFTS)' -benchtime 200x ./model/sqlite
//
// BenchmarkSearchBareFTS times the baseline alone: `SELECT rowid FROM
// proposal_fts WHERE proposal_fts MATCH ?` and the same on comment_fts,
// every rowid read, with the very FTS5 query Search builds (matchQuery),
// so that both do the same full-text work. BenchmarkSearchStore times
// Store.Search and, between its timed calls (timer stopped), the bare
// query on the same query, so that the ratio compares the two under the
// same load on a shared machine. Both report the median of their
// per-call times (ms/median) besides Go's mean (ns/op); the store's also
// reports the baseline's median (bare-ms/median) and the ratio of the two
// medians (x-bare), logs the figures per query and PASS or MISS against
// the targets, and fails on a miss when BENCH_STRICT=1.
//
// The store is built once per test process, in a temporary directory: the
// proposals through Import, the comments in one transaction that writes
// what AddComment writes (the comment, its comment_fts row and its audit
// row; 100,000 AddComment transactions would take minutes). Under -short
// the benchmarks skip without building it. A directory left by an earlier
// process that has ended is removed when the next one builds.

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

// The size of the generated store (issue 4).
const (
	benchAreas         = 200
	benchInterventions = 10000
	benchComments      = 100000
)

// The targets (issue 4, "Performance").
const (
	searchMaxMedian = 5 * time.Millisecond
	searchMaxRatio  = 2.0
)

// benchQueries are typed the way a user types into the search field; the
// benchmarks go through them in turn.
var benchQueries = []string{"våld skola", "föräld", "kriminalitet", "förebyggande ungdomar"}

// benchDirPrefix names the temporary directories the store is built in;
// the process id follows it.
const benchDirPrefix = "styrgrupp-searchbench-"

// searchBench is the store the benchmarks search, built once.
type searchBench struct {
	store *Store
	bare  *sql.DB // the same file through database/sql alone, set up as the store's readers are
	built time.Duration
	err   error
}

var (
	searchBenchOnce sync.Once
	searchBenchData searchBench
)

// searchBenchStore returns the generated store, building it on first use.
// It skips the benchmark under -short.
func searchBenchStore(b *testing.B) *searchBench {
	b.Helper()
	if testing.Short() {
		b.Skip("builds a store of 10,000 interventions and 100,000 comments; skipped under -short")
	}
	searchBenchOnce.Do(func() {
		t0 := time.Now()
		searchBenchData.store, searchBenchData.bare, searchBenchData.err = buildSearchBench()
		searchBenchData.built = time.Since(t0)
		if searchBenchData.err == nil {
			b.Logf("built a store of %d areas, %d interventions and %d comments in %.1f s (%s)",
				benchAreas, benchInterventions, benchComments, searchBenchData.built.Seconds(), searchBenchData.store.Path())
		}
	})
	if searchBenchData.err != nil {
		b.Fatal(searchBenchData.err)
	}
	return &searchBenchData
}

// buildSearchBench generates the store in a new temporary directory and
// opens a bare connection to it.
func buildSearchBench() (*Store, *sql.DB, error) {
	sweepBenchDirs()
	dir, err := os.MkdirTemp("", benchDirPrefix+strconv.Itoa(os.Getpid())+"-")
	if err != nil {
		return nil, nil, err
	}
	s, err := Open(filepath.Join(dir, "styrgrupp.db"))
	if err != nil {
		os.RemoveAll(dir)
		return nil, nil, err
	}
	fail := func(err error) (*Store, *sql.DB, error) {
		s.Close()
		os.RemoveAll(dir)
		return nil, nil, err
	}
	now := time.Date(2027, 3, 1, 9, 0, 0, 0, time.UTC)
	ctx := model.WithActor(model.WithClock(context.Background(), func() time.Time { return now }), "Bänkmärket")

	var authors []int64
	for _, name := range []string{"Anna Lindqvist", "Bo Ek", "Cecilia Öberg", "Dan Åström", "Elin Sjöberg", "Fredrik Nyström"} {
		m, err := s.CreateMember(ctx, model.Member{Name: name, Title: "Samordnare", Active: true})
		if err != nil {
			return fail(err)
		}
		authors = append(authors, m.ID)
	}

	g := newBenchTextGen(2027)
	if err := s.Import(ctx, g.proposals(benchAreas, benchInterventions), nil); err != nil {
		return fail(err)
	}
	var ids []int64
	err = s.read(ctx, func(t *tx) error {
		var err error
		ids, err = sqlstore.Collect(sqlstore.Select(t, `SELECT id FROM proposals WHERE kind = 'intervention' ORDER BY id`),
			func(sc sqlstore.Scanner) (id int64, err error) { err = sc.Scan(&id); return id, err })
		return err
	})
	if err != nil {
		return fail(err)
	}
	// What AddComment writes, without its checks, in one transaction.
	err = s.write(ctx, func(t *tx) error {
		for i := 0; i < benchComments; i++ {
			pid := ids[g.r.IntN(len(ids))]
			author := authors[g.r.IntN(len(authors))]
			body := norm.NFC.String(strings.TrimSpace(g.comment()))
			id, err := t.insert(`INSERT INTO comments (proposal_id, parent_id, author_id, body, created_at) VALUES (?, ?, ?, ?, ?)`,
				pid, nil, author, body, sqlstore.FmtTime(t.At))
			if err != nil {
				return err
			}
			if _, err := t.exec(`INSERT INTO comment_fts (rowid, body) VALUES (?, ?)`, id, body); err != nil {
				return err
			}
			if err := t.Audit("comment.add", "comment", id, sqlstore.Detail{"proposal_id": pid,
				"parent_id": int64(0), "author_id": author}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fail(err)
	}
	// Fold the write-ahead log into the file, as a closed store would be.
	if _, err := s.db.Exec(`PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		return fail(err)
	}
	bare, err := sql.Open("sqlite", dsn(s.path, true))
	if err != nil {
		return fail(err)
	}
	return s, bare, nil
}

// sweepBenchDirs removes the directories that earlier benchmark processes,
// now ended, built their stores in.
func sweepBenchDirs() {
	if runtime.GOOS == "windows" { // no cheap way to ask whether a process lives
		return
	}
	dirs, _ := filepath.Glob(filepath.Join(os.TempDir(), benchDirPrefix+"*"))
	for _, d := range dirs {
		pidText, _, _ := strings.Cut(strings.TrimPrefix(filepath.Base(d), benchDirPrefix), "-")
		pid, err := strconv.Atoi(pidText)
		if err != nil || pid == os.Getpid() {
			continue
		}
		if p, err := os.FindProcess(pid); err == nil {
			if err := p.Signal(syscall.Signal(0)); err == nil || !errors.Is(err, os.ErrProcessDone) {
				continue // alive, or not ours to ask about
			}
		}
		os.RemoveAll(d)
	}
}

// benchBareSearch is the baseline: every rowid that match finds in the two
// full-text tables, with nothing joined, ranked or cut.
func benchBareSearch(ctx context.Context, db *sql.DB, match string) (int, error) {
	n := 0
	for _, q := range []string{
		`SELECT rowid FROM proposal_fts WHERE proposal_fts MATCH ?`,
		`SELECT rowid FROM comment_fts WHERE comment_fts MATCH ?`,
	} {
		rows, err := db.QueryContext(ctx, q, match)
		if err != nil {
			return 0, err
		}
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return 0, err
			}
			n++
		}
		if err := rows.Close(); err != nil {
			return 0, err
		}
		if err := rows.Err(); err != nil {
			return 0, err
		}
	}
	return n, nil
}

// benchMedian returns the median of d, which it sorts.
func benchMedian(d []time.Duration) time.Duration {
	if len(d) == 0 {
		return 0
	}
	slices.Sort(d)
	if len(d)%2 == 1 {
		return d[len(d)/2]
	}
	return (d[len(d)/2-1] + d[len(d)/2]) / 2
}

func benchMS(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// BenchmarkSearchBareFTS times the baseline alone, the queries in turn.
func BenchmarkSearchBareFTS(b *testing.B) {
	sb := searchBenchStore(b)
	ctx := context.Background()
	matches := make([]string, len(benchQueries))
	for i, q := range benchQueries {
		matches[i] = matchQuery(q)
	}
	times := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		if _, err := benchBareSearch(ctx, sb.bare, matches[i%len(matches)]); err != nil {
			b.Fatal(err)
		}
		times = append(times, time.Since(t0))
	}
	b.StopTimer()
	b.ReportMetric(benchMS(benchMedian(times)), "ms/median")
}

// BenchmarkSearchStore times Store.Search, the queries in turn, each call
// followed (untimed) by the baseline on the same query for the ratio.
func BenchmarkSearchStore(b *testing.B) {
	sb := searchBenchStore(b)
	ctx := context.Background()
	nq := len(benchQueries)
	matches := make([]string, nq)
	for i, q := range benchQueries {
		matches[i] = matchQuery(q)
	}
	store := make([]time.Duration, 0, b.N)
	bare := make([]time.Duration, 0, b.N)
	perStore := make([][]time.Duration, nq)
	perBare := make([][]time.Duration, nq)
	hits := make([]int, nq)
	rows := make([]int, nq)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := i % nq
		t0 := time.Now()
		h, err := sb.store.Search(ctx, benchQueries[k])
		d := time.Since(t0)
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		store = append(store, d)
		perStore[k] = append(perStore[k], d)
		hits[k] = len(h)
		t0 = time.Now()
		n, err := benchBareSearch(ctx, sb.bare, matches[k])
		d = time.Since(t0)
		if err != nil {
			b.Fatal(err)
		}
		bare = append(bare, d)
		perBare[k] = append(perBare[k], d)
		rows[k] = n
		b.StartTimer()
	}
	b.StopTimer()
	sm, bm := benchMedian(store), benchMedian(bare)
	ratio := float64(sm) / float64(bm)
	b.ReportMetric(benchMS(sm), "ms/median")
	b.ReportMetric(benchMS(bm), "bare-ms/median")
	b.ReportMetric(ratio, "x-bare")
	if b.N < 2*nq {
		return // the probing run: too few calls to judge
	}

	var sum strings.Builder
	for k, q := range benchQueries {
		s, r := benchMedian(perStore[k]), benchMedian(perBare[k])
		fmt.Fprintf(&sum, "\n  %-24q %5d rows matched, %3d hits: store %6.2f ms, bare %6.2f ms, %4.2f×",
			q, rows[k], hits[k], benchMS(s), benchMS(r), float64(s)/float64(r))
	}
	verdict := func(ok bool) string {
		if ok {
			return "PASS"
		}
		return "MISS"
	}
	okTime, okRatio := sm <= searchMaxMedian, ratio <= searchMaxRatio
	b.Logf("median of %d searches: store %.2f ms (target <= %.0f ms: %s), bare FTS5 %.2f ms, ratio %.2f× (target <= %.0f×: %s)%s",
		b.N, benchMS(sm), benchMS(searchMaxMedian), verdict(okTime), benchMS(bm), ratio, searchMaxRatio, verdict(okRatio), sum.String())
	if (!okTime || !okRatio) && os.Getenv("BENCH_STRICT") == "1" {
		b.Error("a search target was missed (BENCH_STRICT=1)")
	}
}

// benchTextGen writes the generated store's Swedish text, seeded.
type benchTextGen struct{ r *rand.Rand }

func newBenchTextGen(seed uint64) *benchTextGen {
	return &benchTextGen{r: rand.New(rand.NewPCG(seed, seed^0x5eed))}
}

func (g *benchTextGen) pick(list []string) string { return list[g.r.IntN(len(list))] }

// sentence fills one of the templates.
func (g *benchTextGen) sentence() string {
	s := g.pick(benchTemplates)
	for _, slot := range []struct {
		name string
		list []string
	}{{"{vem}", benchWho}, {"{gör}", benchDoes}, {"{vad}", benchTopics}, {"{var}", benchWhere}, {"{när}", benchWhen}} {
		for strings.Contains(s, slot.name) {
			s = strings.Replace(s, slot.name, g.pick(slot.list), 1)
		}
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// text is n to m sentences, some of them plain filler.
func (g *benchTextGen) text(n, m int) string {
	k := n + g.r.IntN(m-n+1)
	parts := make([]string, k)
	for i := range parts {
		if g.r.IntN(2) == 0 {
			parts[i] = g.pick(benchFiller)
		} else {
			parts[i] = g.sentence()
		}
	}
	return strings.Join(parts, " ")
}

func (g *benchTextGen) comment() string {
	if g.r.IntN(4) == 0 {
		return g.pick(benchShortComments)
	}
	s := g.text(1, 3)
	if g.r.IntN(3) == 0 {
		s = g.pick(benchShortComments) + " " + s
	}
	return s
}

// proposals are the areas, each followed by its share of interventions.
func (g *benchTextGen) proposals(areas, interventions int) []model.ImportItem {
	var out []model.ImportItem
	for a := 1; a <= areas; a++ {
		place := g.pick(benchPlaces)
		out = append(out, model.ImportItem{Content: model.Content{
			Ref: strconv.Itoa(a), Kind: model.KindArea,
			Title:   fmt.Sprintf(g.pick(benchAreaTitles), place),
			Summary: g.text(2, 3), Description: g.text(3, 6),
		}})
		n := interventions / areas
		if a <= interventions%areas {
			n++
		}
		for i := 1; i <= n; i++ {
			c := model.Content{
				Ref: fmt.Sprintf("%d.%d", a, i), Kind: model.KindIntervention,
				Title:       g.pick(benchActivities) + " i " + place,
				Summary:     g.text(1, 2),
				Description: g.text(3, 6),
				Rationale:   g.text(1, 3),
				TargetGroup: g.pick(benchWho),
				Responsible: g.pick(benchDepartments),
				Partners:    []string{g.pick(benchDepartments), g.pick(benchDepartments)},
				RiskFactors: []string{g.pick(benchTopics)}, ProtectiveFactors: []string{g.pick(benchProtective)},
				ProblemAreas:    []model.ProblemArea{model.ProblemAreas[g.r.IntN(len(model.ProblemAreas))]},
				PreventionLevel: model.PreventionLevels[g.r.IntN(len(model.PreventionLevels))],
				Evidence: []model.Evidence{{Kind: model.EvidenceKinds[g.r.IntN(len(model.EvidenceKinds))],
					Citation: g.pick(benchCitations)}},
			}
			out = append(out, model.ImportItem{Content: c})
		}
	}
	return out
}

var benchTemplates = []string{
	"{vem} {gör} {vad} {var}.",
	"{vem} {gör} {vad} {när}.",
	"{när} {gör} {vem} {vad}.",
	"Insatsen riktar sig till {vem} och ska minska {vad} {var}.",
	"Lägesbilden visar att {vad} ökar {var}, särskilt {när}.",
	"Arbetet med {vad} sker tillsammans med {vem} {när}.",
	"{vem} har uttryckt oro över {vad} {var}.",
	"Målet är färre fall av {vad} bland {vem}.",
}

var benchWho = []string{
	"ungdomar", "barn och unga", "föräldrar", "vårdnadshavare", "elever i högstadiet",
	"unga vuxna", "fältassistenterna", "skolkuratorerna", "socialsekreterarna", "kommunpolisen",
	"fritidsledarna", "föreningslivet", "nyanlända familjer", "flickor och pojkar i riskzon",
	"elever med hög frånvaro", "äldre i området", "boende i flerbostadshus", "lärarna",
	"ungdomsmottagningen", "mentorerna", "idrottsföreningarna", "fastighetsägarna",
	"trygghetsvärdarna", "förskolepersonalen", "elevhälsan", "grannsamverkan",
	"biblioteket", "kyrkan", "studieförbunden", "näringslivet", "kollektivtrafiken",
	"räddningstjänsten", "tandvården", "barnavårdscentralen", "vårdcentralen", "psykiatrin",
	"kriminalvården", "frivården", "åklagarmyndigheten", "försäkringskassan", "arbetsförmedlingen",
	"bostadsbolaget", "kulturskolan", "fritidshemmet", "gymnasieskolan", "vuxenutbildningen",
	"integrationsenheten", "överförmyndaren", "tolkförmedlingen", "hemtjänsten", "kommunens jurister",
	"politikerna i nämnden", "byalaget", "hyresgästföreningen", "pensionärsföreningen",
}

var benchDoes = []string{
	"arbetar förebyggande mot", "uppmärksammar tidiga tecken på", "samverkar kring",
	"behöver stöd i frågor om", "utbildas i att hantera", "kartlägger", "följer upp",
	"möter dagligen", "rapporterar ökad", "vill minska", "tar fram en plan mot",
	"genomför samtal om", "söker medel för arbete mot", "ser en oroande ökning av",
}

var benchTopics = []string{
	"våld i nära relationer", "hedersrelaterat våld och förtryck", "våldsbejakande extremism",
	"kriminalitet", "ungdomskriminalitet", "rekrytering till kriminella nätverk",
	"skolfrånvaro", "skolavbrott", "mobbning", "nätmobbning", "skadegörelse", "klotter",
	"narkotika", "cannabisbruk", "langning av alkohol", "tobak och snus", "spel om pengar",
	"psykisk ohälsa", "ensamhet", "utanförskap", "segregation", "arbetslöshet bland unga",
	"otrygghet", "trakasserier", "rån mot unga", "bilbränder", "ordningsstörningar",
	"missbruk i familjen", "bristande tillsyn", "sexuell exploatering", "bedrägerier mot äldre",
	"stölder", "hot mot personal", "droghandel", "vapen", "ungdomsgäng", "sömnproblem",
	"stillasittande", "konflikter i familjen", "relationsvåld", "grovt våld", "föräldrars missbruk",
	"ekonomisk utsatthet", "trångboddhet", "hemlöshet", "skulder", "överskuldsättning",
	"ätstörningar", "självskadebeteende", "suicidrisk", "nedstämdhet", "oro och ångest",
	"hög personalomsättning", "bristande samordning", "långa väntetider", "låg tillit till myndigheter",
	"språkbarriärer", "diskriminering", "rasism", "sexuella trakasserier", "pornografi",
	"social isolering", "kamratpress", "riskbruk av alkohol", "energidrycker", "läkemedelsmissbruk",
	"spridning av nakenbilder", "grooming", "utpressning", "inbrott", "cykelstölder",
	"nedskräpning", "buskörning med moped", "fyrverkerier", "eldsvådor", "brandanlagda containrar",
	"misshandel", "knivbärande", "olaga hot", "ofredande", "vandalisering",
	"snatteri", "fusk med bidrag", "svartarbete", "arbetslivskriminalitet", "människohandel",
	"prostitution", "tvångsäktenskap", "könsstympning", "barnäktenskap", "radikalisering",
	"konspirationsteorier", "desinformation", "spelberoende", "skärmtid", "sömnbrist",
	"dålig kosthållning", "övervikt", "låg fysisk aktivitet", "bristande läsförståelse",
	"låg behörighet till gymnasiet", "avhopp från gymnasiet", "kränkande behandling", "studiero",
	"bristande vuxennärvaro", "tomma lokaler", "mörka gångtunnlar", "dålig belysning",
	"ödsliga torg", "trafikolyckor", "drunkningsolyckor", "fallolyckor bland äldre",
	"otillåten påverkan", "korruption", "penningtvätt", "bostadsbedrägerier",
}

var benchWhere = []string{
	"i skolan", "på skolgården", "på fritidsgården", "i bostadsområdet", "på nätet",
	"i centrum", "vid pendeltågsstationen", "i hemmet", "i idrottshallen", "på torget",
	"i parken", "i trapphusen", "vid köpcentret", "i förskolan", "på biblioteket",
	"i hela kommunen", "längs gång- och cykelvägarna", "vid badplatsen",
	"på busstorget", "i tunnelbanan", "på stranden", "i motionsspåret", "vid fotbollsplanen",
	"i ungdomens hus", "i kulturhuset", "på vårdcentralen", "i simhallen", "vid återvinningsstationen",
	"i industriområdet", "på campingen", "vid hamnen", "i villaområdet", "på landsbygden",
	"i stadsdelen", "i grannkommunen", "i närheten av gymnasiet", "på sociala medier", "i chattgrupper",
}

var benchWhen = []string{
	"under kvällar och helger", "under sommarlovet", "på fredagskvällar", "under skoltid",
	"efter skolan", "under höstlovet", "nattetid", "vid skolavslutningen", "året runt",
	"under valborg", "i början av terminen",
}

var benchFiller = []string{
	"Insatsen följs upp varje termin.",
	"Kostnaden delas mellan förvaltningarna.",
	"Arbetet startar efter sommaren.",
	"Verksamheten utvärderas efter två år.",
	"Deltagandet är frivilligt och kostnadsfritt.",
	"Personalen arbetar i par.",
	"Erfarenheterna från försöksperioden är goda.",
	"Styrgruppen får en återrapport i december.",
	"Insatsen har stöd i forskning.",
	"Behovet har ökat de senaste åren.",
	"Lokalerna finns redan på plats.",
	"Uppföljningen görs med enkäter och intervjuer.",
	"Arbetet dokumenteras enligt rutinen.",
	"En projektledare anställs på halvtid.",
	"Budgeten för nästa år är inte fastställd.",
	"Rapporten presenteras för nämnden i april.",
	"Lokalen behöver anpassas för rullstolar.",
	"Medlen söks från länsstyrelsen.",
	"Avtalet löper ut vid årsskiftet.",
	"Personalen har gått utbildningen under våren.",
	"Samordnaren håller i planeringen.",
	"Resultaten jämförs med tidigare mätningar.",
	"Tidplanen har justerats efter remissen.",
	"Beslutet verkställs av förvaltningen.",
	"Insatsen finns beskriven i verksamhetsplanen.",
	"Ett uppstartsmöte hålls i februari.",
	"Ansökan lämnas in före sista mars.",
	"Enkäten besvarades av drygt sexhundra personer.",
	"Arbetsgruppen träffas varannan vecka.",
	"Frågan har diskuterats i samverkansrådet.",
}

var benchShortComments = []string{
	"Bra förslag!", "Hur ska detta finansieras?", "Vem ansvarar för uppföljningen?",
	"Instämmer.", "Kan vi få en tidsplan?", "Har socialtjänsten tillfrågats?",
	"Kostnaden verkar låg.", "Viktigt att skolan är med.", "Se tidigare beslut i frågan.",
	"Föreslår att vi bordlägger.", "Finns det utvärderingar från andra kommuner?",
	"Tack, uppdaterat enligt synpunkterna.", "Polisen bör vara med från början.",
}

var benchAreaTitles = []string{
	"Tidiga insatser för barn och unga i %s",
	"Trygghet och studiero i skolorna i %s",
	"Förebyggande arbete mot våld i nära relationer i %s",
	"Minskad tillgång till alkohol och narkotika i %s",
	"Meningsfull fritid i %s",
	"Bryta utanförskap i %s",
	"Psykisk hälsa bland unga i %s",
	"Förhindra rekrytering till kriminella nätverk i %s",
	"Föräldraskapsstöd i %s",
	"Trygga offentliga miljöer i %s",
}

var benchActivities = []string{
	"Föräldrastöd enligt ABC", "Fritidsgård med förlängda öppettider", "Mentorskap",
	"Skolnärvaroteam", "Läxhjälp", "Feriearbete", "Fältassistenter", "Nattvandring",
	"Samtalsstöd", "Trygghetsvandringar", "Idrott på lov", "Uppsökande arbete",
	"Kamratstödjare", "Föräldraprogrammet Komet", "Mentorer i våldsprevention", "SSPF-samverkan",
	"Tobaksfri duo", "Öppen förskola", "Språkstöd för föräldrar", "Avhopparverksamhet",
	"Lovskola", "Dialogmöten med boende", "Ungdomsråd", "Trygghetsskapande belysning",
	"Kvällsöppen ungdomsmottagning", "Sociala insatsgrupper", "Sommarkollo", "Våga prata-grupper",
	"Förebyggande hembesök", "Tidig upptäckt i förskolan", "Kontaktpersoner på fritiden",
	"Krögarutbildning", "Hälsosamtal i skolan", "Lärande nätverk för elevhälsan", "Grannsamverkan mot brott",
	"Kameraövervakning vid stationen", "Polisens kontaktmöten", "Simskola för nyanlända", "Digital läxhjälp",
	"Elevcoacher", "Brobyggare", "Kulturskola för alla", "Näringslivsmentorer", "Stödsamtal efter brott",
	"Medling vid brott", "Ungdomstjänst", "Fritidsbank", "Öppna idrottshallar på helger",
}

var benchPlaces = []string{
	"Öxnehaga", "Gränby", "Råslätt", "Hökarängen", "Rosengård", "Skärholmen", "Bäckby",
	"Västra Frölunda", "Årsta", "Älvsjö", "Kålltorp", "Vivalla", "Hjällbo", "Gottsunda",
	"Tensta", "Rinkeby", "Södra Ängby", "Växjö centrum", "Luleå hamn", "Örnsköldsvik",
}

var benchDepartments = []string{
	"Socialförvaltningen", "Utbildningsförvaltningen", "Kultur- och fritidsförvaltningen",
	"Polisen", "Region Örebro län", "Stadsbyggnadskontoret", "Bostadsbolaget",
	"Räddningstjänsten", "Arbetsmarknadsförvaltningen", "Civilsamhället",
}

var benchProtective = []string{
	"trygg anknytning", "goda relationer till vuxna", "skolframgång", "meningsfull fritid",
	"positiva kamrater", "föräldrarnas engagemang", "social kompetens", "fast förankring i arbetslivet",
	"god självkänsla", "tillgång till vuxna på fritiden", "trygga skolmiljöer", "fysisk aktivitet",
	"goda läsfärdigheter", "stabil boendesituation", "tillit till samhället", "en meningsfull sysselsättning",
}

var benchCitations = []string{
	"Folkhälsomyndigheten 2024", "Brå rapport 2023:5", "Socialstyrelsen, Kunskapsstöd",
	"Skolverket 2022", "Lokal lägesbild 2025", "CAN:s drogvaneundersökning",
}
