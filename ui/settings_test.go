package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

// openSettings shows Inställningar in Swedish on a demo store; errors fail
// the test and languages chosen are recorded in *chosen.
func openSettings(t *testing.T, chosen *[]model.Language) (fyne.App, model.Store, *settingsDialog) {
	t.Helper()
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	s := demoStore(t)
	w := test.NewTempWindow(t, widget.NewLabel(""))
	w.Resize(fyne.NewSize(1000, 700))
	d, err := newSettingsDialog(a, w, s, context.Background(),
		func(err error) { t.Errorf("unexpected error: %v", err) },
		func(l model.Language) {
			if chosen != nil {
				*chosen = append(*chosen, l)
			}
		})
	if err != nil {
		t.Fatal(err)
	}
	d.dlg.Show()
	return a, s, d
}

func members(t *testing.T, s model.Store) []model.Member {
	t.Helper()
	ms, err := s.Members(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return ms
}

func TestSettingsAddingAMemberStoresIt(t *testing.T) {
	_, s, d := openSettings(t, nil)
	before := len(members(t, s))
	test.Type(d.newName, "Karin Berg")
	test.Type(d.newTitle, "Fritidschef")
	test.Tap(d.add)

	ms := members(t, s)
	if len(ms) != before+1 {
		t.Fatalf("%d members after adding, want %d", len(ms), before+1)
	}
	got := ms[len(ms)-1]
	if got.Name != "Karin Berg" || got.Title != "Fritidschef" || !got.Active {
		t.Errorf("stored member = %+v, want Karin Berg, Fritidschef, active", got)
	}
	if d.list.Length() != before+1 || d.selected != before || d.name.Text != "Karin Berg" {
		t.Errorf("the new member is not listed and selected: length %d, selected %d, name %q",
			d.list.Length(), d.selected, d.name.Text)
	}
	if d.newName.Text != "" || d.addMessage.Visible() {
		t.Errorf("the add form is not cleared: %q, message shown %v", d.newName.Text, d.addMessage.Visible())
	}
}

func TestSettingsRenamingAMemberStoresIt(t *testing.T) {
	_, s, d := openSettings(t, nil)
	first := members(t, s)[0]
	d.list.Select(0)
	if d.name.Text != first.Name || d.name.Disabled() {
		t.Fatalf("selecting the first member shows %q (disabled %v), want %q", d.name.Text, d.name.Disabled(), first.Name)
	}
	d.name.SetText("")
	test.Type(d.name, "Anna Lindqvist-Ek")
	d.title.SetText("")
	test.Type(d.title, "Förvaltningschef")
	d.active.SetChecked(false)
	test.Tap(d.save)

	got, err := s.Member(context.Background(), first.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Name != "Anna Lindqvist-Ek" || got.Title != "Förvaltningschef" || got.Active {
		t.Errorf("stored member = %+v, want the new name and title, inactive", got)
	}
	if d.members[0].Name != "Anna Lindqvist-Ek" {
		t.Errorf("the list still holds %q", d.members[0].Name)
	}
}

func TestSettingsEmptyNameShowsTheMessageAndStoresNothing(t *testing.T) {
	_, s, d := openSettings(t, nil)
	before := members(t, s)
	want := model.ErrorMessage(model.FieldError("name", "member_name_required"), model.Swedish)

	test.Type(d.newName, "   ")
	test.Type(d.newTitle, "Rektor")
	test.Tap(d.add)
	if !d.addMessage.Visible() || d.addMessage.Text != want {
		t.Errorf("add message = %q (shown %v), want %q", d.addMessage.Text, d.addMessage.Visible(), want)
	}
	if n := len(members(t, s)); n != len(before) {
		t.Errorf("%d members after a refused add, want %d", n, len(before))
	}

	d.list.Select(0)
	d.name.SetText("")
	test.Tap(d.save)
	if !d.message.Visible() || d.message.Text != want {
		t.Errorf("edit message = %q (shown %v), want %q", d.message.Text, d.message.Visible(), want)
	}
	if got := members(t, s)[0]; got.Name != before[0].Name {
		t.Errorf("the member was renamed to %q", got.Name)
	}
	// Fixing the name hides the message.
	test.Type(d.name, "Ny Namnsson")
	test.Tap(d.save)
	if d.message.Visible() {
		t.Errorf("the message is still shown after a valid save: %q", d.message.Text)
	}
}

func TestThemePreferenceLightForcesTheLightColours(t *testing.T) {
	a := testapp.New(t)
	setThemePreference(a, "light")
	th, ok := a.Settings().Theme().(*appTheme)
	if !ok {
		t.Fatalf("the app's theme is %T, want *appTheme", a.Settings().Theme())
	}
	light := theme.DefaultTheme().Color(theme.ColorNameBackground, theme.VariantLight)
	dark := theme.DefaultTheme().Color(theme.ColorNameBackground, theme.VariantDark)
	if light == dark {
		t.Fatal("the light and dark backgrounds are the same; the test proves nothing")
	}
	for _, v := range []fyne.ThemeVariant{theme.VariantDark, theme.VariantLight} {
		if got := th.Color(theme.ColorNameBackground, v); got != light {
			t.Errorf("background asked for variant %v = %v, want the light %v", v, got, light)
		}
	}
	if a.Preferences().String(themePreference) != "light" {
		t.Errorf("theme preference = %q", a.Preferences().String(themePreference))
	}

	setThemePreference(a, "dark")
	if got := a.Settings().Theme().Color(theme.ColorNameBackground, theme.VariantLight); got != dark {
		t.Errorf("dark theme background = %v, want %v", got, dark)
	}
	setThemePreference(a, "system")
	if th := a.Settings().Theme().(*appTheme); th.variant != nil {
		t.Errorf("following the system forces variant %v", *th.variant)
	}
}

func TestTextSizeLargeScalesTheText(t *testing.T) {
	a := testapp.New(t)
	base := theme.DefaultTheme()
	for v, scale := range map[string]float32{"large": 1.2, "larger": 1.45, "normal": 1} {
		setTextSizePreference(a, v)
		th := a.Settings().Theme()
		for _, n := range []fyne.ThemeSizeName{theme.SizeNameText, theme.SizeNameHeadingText, theme.SizeNameSubHeadingText} {
			if got, want := th.Size(n), base.Size(n)*scale; got != want {
				t.Errorf("%s: size %s = %v, want %v", v, n, got, want)
			}
		}
		if got, want := th.Size(theme.SizeNamePadding), base.Size(theme.SizeNamePadding); got != want {
			t.Errorf("%s: padding = %v, want it unscaled %v", v, got, want)
		}
	}
}

func TestSettingsAppearanceChoicesApplyAtOnce(t *testing.T) {
	a, _, d := openSettings(t, nil)
	d.theme.SetSelected("Mörkt")
	d.textSize.SetSelected("Stor")
	if got := a.Preferences().String(themePreference); got != "dark" {
		t.Errorf("theme preference = %q, want dark", got)
	}
	if got := a.Preferences().String(textSizePreference); got != "large" {
		t.Errorf("text size preference = %q, want large", got)
	}
	th, ok := a.Settings().Theme().(*appTheme)
	if !ok || th.variant == nil || *th.variant != theme.VariantDark || th.scale != 1.2 {
		t.Errorf("the applied theme is %#v, want dark at 1.2", a.Settings().Theme())
	}
}

func TestSettingsLanguageChoiceCallsOnLanguageAndStoresIt(t *testing.T) {
	var chosen []model.Language
	a, _, d := openSettings(t, &chosen)
	if d.language.Selected != "Svenska" {
		t.Errorf("language shown as %q, want Svenska", d.language.Selected)
	}
	d.language.SetSelected("English")
	if len(chosen) != 1 || chosen[0] != model.English {
		t.Fatalf("onLanguage got %v, want [en]", chosen)
	}
	if got := a.Preferences().String(languagePreference); got != "en" {
		t.Errorf("language preference = %q, want en", got)
	}
}

// The keys settings.go builds from a prefix are in both languages.
func TestSettingsDynamicKeysAreTranslated(t *testing.T) {
	sv, en := keys(t, "sv"), keys(t, "en")
	var want []string
	for _, l := range settingsLanguages {
		want = append(want, "settings.language."+string(l))
	}
	for _, v := range themeValues {
		want = append(want, "theme."+v)
	}
	for _, v := range textSizeValues {
		want = append(want, "theme.text."+v)
	}
	for _, k := range want {
		if !sv[k] || !en[k] {
			t.Errorf("%q is not in both languages", k)
		}
	}
}

func TestSettingsSettingARoleStoresIt(t *testing.T) {
	_, s, d := openSettings(t, nil)
	ms := members(t, s)
	chair, plain := -1, -1
	for i, m := range ms {
		switch {
		case m.Role == model.MemberRoleChair && chair < 0:
			chair = i
		case m.Role == model.MemberRoleMember && plain < 0:
			plain = i
		}
	}
	if chair < 0 || plain < 0 {
		t.Fatalf("the demo has no chair or no plain member: %+v", ms)
	}
	if !d.role.Disabled() {
		t.Error("the role can be chosen while no member is selected")
	}
	if got := d.role.Options; len(got) != 6 || got[0] != "Ordförande" || got[3] != "Ledamot" || got[5] != "Adjungerad" {
		t.Errorf("roles offered: %q", got)
	}
	d.list.Select(chair)
	if d.role.Selected != "Ordförande" {
		t.Errorf("the chair's role shows as %q", d.role.Selected)
	}
	if text := memberListText(ms[chair]); !strings.Contains(text, "Ordförande") {
		t.Errorf("the list does not name the chair's role: %q", text)
	}

	d.list.Select(plain)
	if d.role.Selected != "Ledamot" || d.role.Disabled() {
		t.Errorf("a plain member's role shows as %q (disabled %v)", d.role.Selected, d.role.Disabled())
	}
	d.role.SetSelected("Vice ordförande")
	test.Tap(d.save)
	got, err := s.Member(context.Background(), ms[plain].ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Role != model.MemberRoleViceChair || got.Name != ms[plain].Name || got.Title != ms[plain].Title {
		t.Errorf("stored member = %+v, want %s as vice chair", got, ms[plain].Name)
	}
	if d.members[plain].Role != model.MemberRoleViceChair || !strings.Contains(memberListText(d.members[plain]), "Vice ordförande") {
		t.Errorf("the list still holds %+v", d.members[plain])
	}
	if d.message.Visible() {
		t.Errorf("a message is shown after saving: %q", d.message.Text)
	}

	// A new member is a ledamot, selected so another role can be chosen.
	test.Type(d.newName, "Karin Berg")
	test.Tap(d.add)
	if d.role.Selected != "Ledamot" {
		t.Errorf("the new member's role shows as %q", d.role.Selected)
	}
	d.role.SetSelected("Adjungerad")
	test.Tap(d.save)
	all := members(t, s)
	if last := all[len(all)-1]; last.Name != "Karin Berg" || last.Role != model.MemberRoleCoOpted {
		t.Errorf("stored new member = %+v, want Karin Berg, co-opted", last)
	}
}

func TestMemberOptionNamesTheStandingRole(t *testing.T) {
	uikit.SetLanguage(model.Swedish)
	for _, c := range []struct {
		m    model.Member
		want string
	}{
		{model.Member{Name: "Anna Lindqvist", Title: "Kommundirektör", Role: model.MemberRoleChair}, "Anna Lindqvist – Kommundirektör · Ordförande"},
		{model.Member{Name: "Mats Hedlund", Title: "Socialchef", Role: model.MemberRoleMember}, "Mats Hedlund – Socialchef"},
		{model.Member{Name: "Mats Hedlund", Title: "Socialchef"}, "Mats Hedlund – Socialchef"},
		{model.Member{Name: "Leila Rahimi", Role: model.MemberRoleSecretary}, "Leila Rahimi · Sekreterare"},
	} {
		if got := memberOption(c.m); got != c.want {
			t.Errorf("memberOption(%+v) = %q, want %q", c.m, got, c.want)
		}
	}
}

// ticked returns the labels of the ticked items of the window's Visa menu,
// its Textstorlek submenu included.
func ticked(w *MainWindow) []string {
	var out []string
	var walk func(items []*fyne.MenuItem)
	walk = func(items []*fyne.MenuItem) {
		for _, it := range items {
			if it.Checked {
				out = append(out, it.Label)
			}
			if it.ChildMenu != nil {
				walk(it.ChildMenu.Items)
			}
		}
	}
	for _, m := range w.win.MainMenu().Items {
		if m.Label == "Visa" {
			walk(m.Items)
		}
	}
	return out
}

// Choosing the theme and the text size in Inställningar moves the ticks in
// Visa with them, as choosing them in Visa does.
func TestVisaTicksFollowTheSettings(t *testing.T) {
	w, _ := fakeWindow(t)
	if got := strings.Join(ticked(w), ", "); got != "Systemets tema, Normal" {
		t.Fatalf("Visa ticks %q at the start", got)
	}
	d := w.showSettings()
	if d == nil {
		t.Fatal("Inställningar did not open")
	}
	d.theme.SetSelected("Ljust")
	d.textSize.SetSelected("Större")
	if got := strings.Join(ticked(w), ", "); got != "Ljust tema, Större" {
		t.Errorf("after Ljust and Större in Inställningar, Visa ticks %q", got)
	}
	d.theme.SetSelected("Mörkt")
	if got := strings.Join(ticked(w), ", "); got != "Mörkt tema, Större" {
		t.Errorf("after Mörkt in Inställningar, Visa ticks %q", got)
	}
	// And Visa's own choice still moves its tick.
	w.chooseLook(setTextSizePreference, textNormal)
	if got := strings.Join(ticked(w), ", "); got != "Mörkt tema, Normal" {
		t.Errorf("after Normal in Visa, Visa ticks %q", got)
	}
}
