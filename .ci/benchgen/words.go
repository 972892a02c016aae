package main

// The text the generator draws from: Swedish, with å, ä and ö, in the
// style of a municipality's crime and ill-health prevention programme. No
// list item holds a ";" or a line break, since the import splits lists on
// both; "{ort}" is replaced by the area's place.

var places = []string{
	"Öxnehaga", "Gränby", "Råslätt", "Hökarängen", "Rosengård", "Skärholmen",
	"Bäckby", "Västra Frölunda", "Årsta", "Älvsjö", "Kålltorp", "Vivalla",
	"Brickebacken", "Hjällbo", "Gottsunda", "Hässelby gård", "Tensta", "Rinkeby",
	"Järva", "Södra Ängby", "Östermalm", "Norrköpings centrum", "Jönköpings östra stadsdel",
	"Växjö centrum", "Gävle strand", "Luleå hamn", "Umeå universitetsområde",
	"Borås Hässleholmen", "Västerås Råby", "Örnsköldsvik", "Härnösand", "Sundsvall Skönsberg",
	"Falun Hälsinggården", "Köping", "Trollhättan Kronogården", "Ängelholm", "Skövde Ryd",
	"Östersund Lugnvik", "Halmstad Andersberg", "Landskrona Öster", "Eskilstuna Fröslunda",
	"Motala", "Nässjö", "Höganäs", "Söderhamn", "Kävlinge", "Täby", "Märsta", "Håbo",
}

var areaThemes = []string{
	"Tidiga insatser för barn och unga i %s",
	"Trygghet och studiero i skolorna i %s",
	"Förebyggande arbete mot våld i nära relationer i %s",
	"Minskad tillgång till alkohol, narkotika och tobak i %s",
	"Meningsfull fritid och föreningsliv i %s",
	"Bryta utanförskap och segregation i %s",
	"Psykisk hälsa och välmående bland unga i %s",
	"Förhindra rekrytering till kriminella nätverk i %s",
	"Föräldraskapsstöd i alla åldrar i %s",
	"Trygga offentliga miljöer i %s",
	"Skolnärvaro och fullföljda studier i %s",
	"Samverkan mellan skola, socialtjänst och polis i %s",
}

var areaSummaries = []string{
	"Området samlar kommunens insatser för att stärka skyddsfaktorer och minska riskfaktorer i {ort}.",
	"Lägesbilden för {ort} visar ökad oro bland boende och en växande andel unga med låg skolnärvaro.",
	"Insatserna ska nå barn och unga i tid, innan problemen hinner växa sig stora.",
	"Området följs upp årligen mot målen i kommunens brottsförebyggande program.",
	"Arbetet bygger på en gemensam lägesbild som tagits fram av kommunen och polisen tillsammans.",
	"Prioriteringarna utgår från Preventionsstjärnan och riktar sig mot flera problemområden samtidigt.",
	"Styrgruppen föreslås fatta beslut om inriktningen för perioden och om medel för de första insatserna.",
	"Behoven är störst under kvällar, helger och skollov, då färre vuxna är ute i området.",
}

var activities = []string{
	"Föräldrastöd enligt ABC", "Fritidsgård med förlängda öppettider", "Mentorskap",
	"Skolnärvaroteam", "Läxhjälp på biblioteket", "Feriearbete", "Fältassistenter",
	"Nattvandring", "Samtalsstöd", "Trygghetsvandringar", "Idrott på lov",
	"Uppsökande socialt arbete", "Motiverande samtal", "Kamratstödjare",
	"Föräldraprogrammet Komet", "Mentorer i våldsprevention (MVP)", "SSPF-samverkan",
	"Tobaksfri duo", "Öppen förskola", "Språkstöd för föräldrar", "Hälsosamtal",
	"Kvällsöppen ungdomsmottagning", "Avhopparverksamhet", "Sociala insatsgrupper",
	"Lärande nätverk för elevhälsan", "Krögarutbildning i ansvarsfull alkoholservering",
	"Föräldrakvällar om nätet och sociala medier", "Trygghetsskapande belysning",
	"Sommarkollo", "Stöd till barn i familjer med missbruk", "Våga prata-grupper",
	"Förebyggande hembesök", "Tidig upptäckt i förskolan", "Lovskola",
	"Dialogmöten med boende", "Kontaktpersoner på fritiden", "Ungdomsråd",
}

var targets = []string{
	"barn 6–12 år", "ungdomar 13–17 år", "unga vuxna 18–25 år",
	"föräldrar till tonåringar", "nyanlända familjer", "elever i årskurs 7–9",
	"flickor och pojkar i riskzon", "elever med hög frånvaro", "förskolebarn och deras vårdnadshavare",
	"unga som dömts för brott", "barn som bevittnat våld", "äldre som upplever otrygghet",
	"boende i flerbostadshus", "unga med neuropsykiatriska funktionsnedsättningar",
}

var interventionSummaries = []string{
	"Insatsen ger {ort} ett stöd som i dag saknas eller bara finns i liten skala.",
	"Personalen arbetar i par och är på plats när behovet är som störst, främst kvällar och helger.",
	"Målet är att minst åttio procent av deltagarna fullföljer programmet.",
	"Verksamheten byggs upp under det första halvåret och utvärderas efter två år.",
	"Insatsen kompletterar skolans elevhälsoarbete och socialtjänstens öppenvård.",
	"Föräldrar och vårdnadshavare görs delaktiga från början.",
	"Arbetet sker i nära samverkan med polisens kommunpolis och områdets fastighetsägare.",
	"Deltagandet är frivilligt och kostnadsfritt för familjerna.",
	"Erfarenheterna från en tidigare försöksverksamhet i {ort} har varit goda.",
	"Insatsen har stöd i forskning och rekommenderas av Folkhälsomyndigheten.",
	"Insatsen når även barn och unga som inte söker sig till kommunens ordinarie verksamheter.",
}

var descriptions = []string{
	"Under första året anställs två samordnare som ansvarar för planering, rekrytering av deltagare och kontakt med skolorna.",
	"Verksamheten håller öppet måndag till torsdag kl. 15–21 samt fredagar kl. 15–23.",
	"Gruppträffarna leds av utbildade gruppledare och omfattar tio tillfällen à två timmar.",
	"Deltagarna rekryteras via elevhälsan, socialtjänsten och genom uppsökande arbete i {ort}.",
	"Insatsen dokumenteras löpande och rapporteras till styrgruppen två gånger per år.",
	"En referensgrupp med boende, föreningar och unga knyts till arbetet.",
	"Personalen får handledning en gång i månaden och fortbildning i motiverande samtal.",
	"Lokalerna samnyttjas med skolan och biblioteket för att hålla nere kostnaderna.",
	"Information tas fram på svenska, arabiska, somaliska, tigrinja och engelska.",
	"Efter projekttiden ska insatsen föras över till ordinarie verksamhet om utvärderingen faller väl ut.",
	"Samverkansöverenskommelsen med polisen revideras så att den omfattar insatsen.",
	"Uppföljningen görs med enkäter till deltagarna före och efter samt ett år senare.",
	"Arbetet följer Socialstyrelsens vägledning för socialtjänstens förebyggande arbete.",
	"Insatsen startar i {ort} och kan sedan spridas till fler områden i kommunen.",
	"Ett särskilt fokus läggs på övergången mellan mellanstadiet och högstadiet.",
	"Kommunens trygghetsmätning används som utgångsläge och för att följa utvecklingen över tid.",
}

var rationales = []string{
	"Lägesbilden visar att riskfaktorerna är koncentrerade till ett fåtal skolor och bostadsområden.",
	"Tidiga insatser är både mer verkningsfulla och billigare än åtgärder när problemen har vuxit sig stora.",
	"Insatsen bidrar till målen i kommunens program för brottsförebyggande arbete 2026–2029.",
	"Flera förvaltningar har pekat ut samma behov, vilket talar för en gemensam satsning.",
	"Utan insatsen riskerar fler unga att hamna i kriminalitet, missbruk eller långvarigt utanförskap.",
	"Lagen om kommuners ansvar för brottsförebyggande arbete ställer krav på åtgärdsplan och uppföljning.",
	"De boende i {ort} har i trygghetsdialogerna efterfrågat fler vuxna på plats.",
	"Insatsen har god evidens och kan genomföras inom befintliga strukturer.",
}

var evidence = []string{
	"Forskning: Folkhälsomyndigheten (2021) Skolans betydelse för barns och ungas psykiska hälsa",
	"Forskning: Brå (2022) Effekter av föräldrastödsprogram på ungdomars brottslighet",
	"Forskning: Socialstyrelsen (2020) Föräldraskapsstöd – en kunskapsöversikt",
	"Forskning: SBU (2019) Program för att förebygga våld i ungas parrelationer",
	"Forskning: Karolinska institutet (2023) Skyddsfaktorer i ungdomsåren – en longitudinell studie",
	"Forskning: Göteborgs universitet (2018) Mentorskap och skolnärvaro",
	"Statistik: CAN (2023) Skolelevers drogvanor",
	"Statistik: Brå, Nationella trygghetsundersökningen 2024",
	"Statistik: Skolverket, frånvarostatistik läsåret 2023/24",
	"Statistik: Kommunens trygghetsmätning i {ort} 2025",
	"Statistik: Polisens lägesbild för lokalpolisområdet 2025",
	"Rapport: Länsstyrelsen (2022) Kartläggning av ANDT-förebyggande arbete i länet",
	"Rapport: SKR (2021) Ett gemensamt ansvar – kommunernas brottsförebyggande arbete",
	"Rapport: Brå 2022:5 Brottsförebyggande arbete i kommunerna",
	"Rapport: Folkhälsomyndigheten (2024) Folkhälsans utveckling – årsrapport",
	"Beprövad erfarenhet: Insatsen har prövats i Malmö stad sedan 2019 med goda resultat",
	"Beprövad erfarenhet: Fältgruppens erfarenheter från {ort} 2022–2025",
	"Beprövad erfarenhet: Utvärdering av motsvarande verksamhet i Botkyrka kommun",
}

var urls = []string{
	"https://www.folkhalsomyndigheten.se/publikationer-och-material/",
	"https://bra.se/publikationer.html",
	"https://www.socialstyrelsen.se/kunskapsstod-och-regler/",
	"https://www.can.se/publikationer/",
	"https://skr.se/skr/demokratiledningstyrning/trygghetochsakerhet.html",
}

var riskFactors = []string{
	"Skolfrånvaro", "Bristande föräldratillsyn", "Tidig alkoholdebut",
	"Kamrater med normbrytande beteende", "Trångboddhet", "Låg skolanknytning",
	"Impulsivitet och koncentrationssvårigheter", "Utsatthet för våld i hemmet",
	"Ekonomisk utsatthet i familjen", "Psykisk ohälsa hos förälder",
	"Tillgång till alkohol och narkotika", "Segregation i bostadsområdet",
	"Otrygga offentliga miljöer", "Ensamhet och social isolering", "Misslyckanden i skolan",
}

var protectiveFactors = []string{
	"Goda relationer till vuxna", "Skolframgång", "Meningsfull fritid",
	"Positivt föräldraskap", "Prosociala kamrater", "Trygg uppväxtmiljö",
	"God självkänsla", "Anknytning till skolan", "Tillgång till stödjande vuxna",
	"Förmåga att lösa konflikter", "Delaktighet i föreningslivet",
}

// problemAreas are the five points of the prevention star in Swedish.
var problemAreas = []string{"Ohälsa", "ANDTS", "Våld", "Kriminalitet", "Utanförskap"}

var levels = []string{"Universell", "Selektiv", "Indikerad"}

var departments = []string{
	"Socialförvaltningen, enheten för förebyggande arbete",
	"Utbildningsförvaltningen",
	"Kultur- och fritidsförvaltningen",
	"Kommunledningskontoret, trygghetssamordnaren",
	"Förskoleförvaltningen",
	"Arbetsmarknads- och vuxenutbildningsförvaltningen",
	"Stadsbyggnadsförvaltningen",
}

var people = []string{
	"Åsa Lindström", "Jörgen Åkesson", "Märta Öberg", "Håkan Sjögren", "Björn Nyström",
	"Linnéa Ström", "Pär Wällstedt", "Sofia Ekström", "Ahmed Håkansson", "Tove Mårtensson",
	"Göran Bäckström", "Ida Söderlund", "Mustafa Öztürk", "Kerstin Lövgren", "Anneli Åström",
}

var roles = []string{
	"Samordnare", "Enhetschef", "Verksamhetsutvecklare", "Rektor", "Fältsekreterare",
	"Folkhälsostrateg", "Säkerhetssamordnare",
}

var partners = []string{
	"Polisen", "Socialtjänsten", "Regionen", "Elevhälsan", "Fritidsförvaltningen",
	"Det allmännyttiga bostadsbolaget", "Räddningstjänsten", "Föreningslivet", "Svenska kyrkan",
	"Länsstyrelsen", "Arbetsförmedlingen", "Barn- och ungdomspsykiatrin (BUP)",
	"Studieförbunden", "Fältgruppen", "Fastighetsägarna i området", "Kriminalvården",
}

var funding = []string{
	"Kommunens budget för förebyggande arbete",
	"Statsbidrag från Socialstyrelsen",
	"Medel från Länsstyrelsen (ANDT-medel)",
	"Delfinansiering via Allmänna arvsfonden",
	"Egen budgetram inom socialnämnden",
	"Sociala investeringsfonden",
	"Samfinansiering med regionen, hälften var",
	"Statsbidrag för brottsförebyggande arbete (Brå)",
}
