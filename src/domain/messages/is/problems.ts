// Villuboð á íslensku: stuttar setningar sem segja hvað er að og hvað skal gera. Innsett gildi
// (nöfn, tölur) eru aldrei beygð, svo þau standa á eftir nafnorði («viðskiptavinurinn „{client}“»,
// «í flipanum {tab}») eða þar sem ekkert fall þarf. Heiti flipa, dálka og stillinga eru á ensku eins
// og í töflureikninum sjálfum.
import type { ProblemMessages } from '../shapes/problems';

export const problems: ProblemMessages = {
  join: ' ',
  listSeparator: ', ',

  cellError: 'Villan {error} birtist í reitnum. Lagaðu formúluna eða sláðu gildið inn í staðinn.',
  cellNaN: 'Í reitnum er gildið NaN, sem er ekki tala.',
  cellUnusableNumber: 'Í reitnum er gildið {value}, sem er ekki nothæf tala.',
  cellCommaNumber:
    'Gildið „{value}“ er texti, ekki tala, og ekki er ljóst hvort komman skilur að aukastafi eða þúsundir. Sláðu gildið inn aftur sem tölu (1500 eða 1,5), eftir því hvað þú átt við.',
  cellPointNumber:
    'Gildið „{value}“ er texti, ekki tala, og ekki er ljóst hvort punkturinn skilur að aukastafi eða þúsundir. Sláðu gildið inn aftur sem tölu (1500 eða 1,5), eftir því hvað þú átt við.',
  formatAsNumber: 'Ef reiturinn er sniðinn sem hreinn texti skaltu fyrst sníða hann sem tölu.',
  cellTextNotNumber: 'Textinn „{value}“ er ekki tala.',
  cellTickNotNumber: '„{value}“ er gildi úr gátreit, ekki tala.',
  cellDateNotNumber: 'Í reitnum er dagsetning, ekki tala.',
  cellNotNumber: '„{value}“ er ekki tala.',
  cellInvalidDate: 'Í reitnum er ógild dagsetning.',
  cellDateOutOfRange: 'Dagsetningin „{value}“ er ekki á árabilinu 1 til 9999.',
  cellTextNotDate:
    '„{value}“ er texti, ekki dagsetning. Veldu dagsetningu eða sláðu hana inn á sniðinu 2026-10-31.',
  cellNumberNotDate: '„{value}“ er tala, ekki dagsetning. Sníddu reitinn sem dagsetningu.',
  cellNotDate: '„{value}“ er ekki dagsetning.',
  cellNotTick: '„{value}“ er ekki gildi gátreits (TRUE eða FALSE).',
  cellNotOneOf: '„{value}“ er ekki leyfilegt gildi. Leyfileg gildi eru {choices}.',
  typeDigits: 'Sláðu inn tölu, til dæmis 12,5.',
  typeWholeDays: 'Sláðu inn fjölda daga sem heila tölu, til dæmis 30.',
  typePriority: 'Sláðu inn heila tölu, 1 eða hærri.',
  typeStage: 'Í dálkinum „Reminder stage“ á að vera heil tala frá 0 til 3.',

  noTab: 'Flipinn {tab} er ekki til. Veldu Viðbætur › Freelance Value Tracker › Setja upp töflureikninn.',
  noHeaderRow:
    'Engin lína með dálkaheitum fannst í flipanum {tab}. Í fyrstu {rows} línunum er ekkert dálkaheiti á borð við {columns}. Settu dálkaheitin í eina línu fyrir ofan gögnin og reyndu svo aftur.',
  tabClash:
    'Fleiri en einn flipi gæti verið flipinn {tab} ({names}). Haltu einum þeirra og gefðu hinum nýtt nafn eða eyddu þeim. Reyndu svo aftur.',
  missingColumn:
    'Flipann {tab} vantar dálkinn „{column}“, svo ekki er hægt að lesa línur flipans. Bættu dálkaheitinu við í línu {row} eða keyrðu „Setja upp töflureikninn“.',
  duplicateColumn:
    'Dálkurinn „{column}“ kemur tvisvar fyrir og sá fyrri (dálkur {first}) er notaður. Gefðu dálki {second} nýtt nafn eða eyddu honum.',

  settingName: 'Villa í stillingunni {setting}.',
  usesEnglish: 'Enska er notuð í staðinn.',
  notCurrency: '„{value}“ er ekki gjaldmiðilskóði.',
  usesCurrency: 'Gjaldmiðillinn {currency} er notaður í staðinn.',
  reminderDaysBad:
    'Gildið „{value}“ á að vera dagafjöldi eftir gjalddaga, í heilum tölum og hækkandi röð, til dæmis „1, 7, 14“. Sjálfgefna gildið 1, 7, 14 er notað í staðinn.',
  scoreWeightsBad:
    'Gildið „{value}“ á að vera á sniðinu „goal 1, A 1, B 0“. Það er sjálfgefna gildið og er notað í staðinn.',
  billingRhythmBad:
    '„{value}“ er ekki leyfilegt gildi. Leyfileg gildi eru {choices}. Veldu eitt þeirra úr fellilistanum. Þar til það er gert er reikningagerðar ekki getið í tölvupóstinum um skilmálana.',
  depositNotPercent: 'Gildið {value} er ekki prósentutala á bilinu 1 til 100.',
  depositBad:
    'Gildið „{value}“ á að vera hlutfall af verðinu sem greitt er áður en vinna hefst, til dæmis 25%. Þar til það er lagað er fyrirframgreiðslu ekki getið í tölvupóstinum um skilmálana.',
  workingHoursBad:
    'Gildið „{value}“ á að vera á sniðinu „Mon–Fri 09:00–17:00“ (vikudagar á ensku) og á eftir því má koma tímabelti, til dæmis Europe/Oslo. Þar til það er lagað er vinnutíma ekki getið í tölvupóstinum um skilmálana.',
  responseTimeBad:
    'Gildið „{value}“ á að vera heill fjöldi vinnustunda eða vinnudaga, skrifaður á ensku, til dæmis „1 working day“ eða „4 working hours“. Þar til það er lagað er svartíma ekki getið í tölvupóstinum um skilmálana.',

  clientNameError: 'Reiturinn sýnir villuna {error} í stað nafns viðskiptavinar.',
  noClientName: 'Nafn viðskiptavinar vantar í línuna. Sláðu nafnið inn eða tæmdu línuna.',
  duplicateClient:
    'Viðskiptavinurinn „{value}“ er þegar skráður í línu {row}. Hvert nafn má aðeins koma einu sinni fyrir. Breyttu nafninu í þessari línu eða eyddu línunni.',
  usesDefaultLanguage: 'Tungumálið {language} (Settings › Default language) er notað í staðinn.',
  costsLeftOut: 'Kostnaði er sleppt í skýrslum þar til tímagjaldið hefur verið leiðrétt.',
  rateBelowZero: 'Tímagjaldið er neikvætt, svo kostnaði er sleppt í skýrslum.',
  notWholeDays: 'Gildið {value} er ekki heill fjöldi daga.',
  usesDefaultTerms: {
    one: 'Í staðinn er miðað við {n} dags greiðslufrest.',
    other: 'Í staðinn er miðað við {n} daga greiðslufrest.',
  },
  noUpdatesPlanned: 'Engar stöðuuppfærslur eru á dagskrá.',
  treatedAsActive: 'Litið er á viðskiptavininn sem virkan.',
  notTimeZone: '„{value}“ er ekki gilt heiti á tímabelti (til dæmis Europe/Oslo).',
  belowZero: 'Gildið {value} er neikvætt.',
  noDeposit: 'Ekki er hægt að búa til reikning vegna fyrirframgreiðslu.',
  depositRange: 'Gildið {value} er ekki á bilinu 0 til 100.',
  usesDefaultDeposit: 'Í staðinn er miðað við 10% fyrirframgreiðslu.',

  notAClient: 'Viðskiptavinurinn „{client}“ er ekki í flipanum Clients. Veldu viðskiptavin úr fellilistanum.',
  goalNoClient: 'Markmiðið er ekki skráð á neinn viðskiptavin. Veldu viðskiptavin úr fellilistanum.',
  goalEmpty:
    'Markmiðið er autt. Skrifaðu það eins og viðskiptavinurinn myndi orða það og hafðu tölu með, til dæmis „500 nýir áskrifendur að fréttabréfinu“.',
  duplicateGoal:
    'Sama markmið er þegar skráð í línu {row} fyrir viðskiptavininn „{client}“. Verk tengjast markmiðum eftir texta þeirra, svo hvert markmið má aðeins koma einu sinni fyrir hjá hverjum viðskiptavini.',
  priorityEmpty: 'Forgangsröð er ekki tilgreind.',
  notWholeFromOne: 'Gildið {value} er ekki heil tala sem er 1 eða hærri.',
  listedAfterRanked: 'Markmiðið er talið upp á eftir þeim markmiðum sem hafa forgangsröð.',
  progressWithout: 'Framvindan er sýnd án þessa gildis.',
  treatedAsOpen: 'Litið er á markmiðið sem opið.',

  taskNoClient: 'Verkið er ekki skráð á neinn viðskiptavin. Veldu viðskiptavin úr fellilistanum.',
  taskNoDate: 'Verkið er ekki dagsett. Veldu daginn sem þú vannst það.',
  taskNoHours:
    'Engar stundir eru skráðar á verkið. Sláðu inn hve margar klukkustundir fóru í það, til dæmis 1,5.',
  hoursRange: 'Gildið {value} er ekki á bilinu 0 til 24 klukkustunda.',
  goalOfOther:
    'Markmiðið „{goal}“ heyrir undir viðskiptavininn „{other}“, ekki „{client}“. Veldu markmið sem heyrir undir viðskiptavininn „{client}“.',
  notAGoal: 'Markmiðið „{goal}“ er ekki í flipanum Goals. Veldu markmið úr fellilistanum.',
  useMark: 'Merktu verkið A (alvarlegar afleiðingar ef það er ekki gert) eða B (minni háttar).',
  goalAndMark:
    'Verkið er bæði tengt markmiði og merkt í dálkinum „Mark“. Haltu öðru hvoru, markmiðinu eða merkingunni, og eyddu hinu.',
  noGoalNoMark:
    'Verkið er hvorki tengt markmiði né merkt. Tengdu það við markmið, eða merktu það A (alvarlegar afleiðingar ef það er ekki gert) eða B (minni háttar).',

  paymentsBlocked: {
    one: 'Engin drög að greiðsluáminningum eru búin til, því flipann Invoices vantar dálkinn {columns} sem þær eru skráðar í. Án hans yrðu sömu drög búin til aftur næst. Keyrðu „Setja upp töflureikninn“ til að bæta honum við.',
    other:
      'Engin drög að greiðsluáminningum eru búin til, því flipann Invoices vantar dálkana {columns} sem þær eru skráðar í. Án þeirra yrðu sömu drög búin til aftur næst. Keyrðu „Setja upp töflureikninn“ til að bæta þeim við.',
  },
  invoiceNoNumber: 'Reikninginn vantar númer. Sláðu inn númerið eins og það er á reikningnum.',
  duplicateInvoice:
    'Reikningsnúmerið „{invoice}“ er þegar skráð í línu {row}. Hvert reikningsnúmer má aðeins koma einu sinni fyrir.',
  invoiceNoClient: 'Reikningurinn er ekki skráður á neinn viðskiptavin. Veldu viðskiptavin úr fellilistanum.',
  noIssueDate: 'Reikninginn vantar útgáfudag.',
  noAmount: 'Reikninginn vantar fjárhæð.',
  amountBelowZero: 'Fjárhæðin er neikvæð.',
  stageOutOfRange: 'Gildið {value} er ekki á bilinu 0 til 3.',
  notWholeNumber: 'Gildið {value} er ekki heil tala.',
  clearToStartOver: 'Tæmdu reitinn til að hefja áminningarnar upp á nýtt.',
  dueTooLate: {
    one: 'Með {n} dags greiðslufresti frá útgáfudegi lendir gjalddaginn eftir árið 9999. Sláðu inn dagsetningu í dálkinn „Due“.',
    other:
      'Með {n} daga greiðslufresti frá útgáfudegi lendir gjalddaginn eftir árið 9999. Sláðu inn dagsetningu í dálkinn „Due“.',
  },
  notDriveLink:
    '„{value}“ er ekki tengill á skrá í Google Drive. Ef tengillinn birtist sem heiti (til dæmis sem flaga eða úr HYPERLINK-formúlu) sér viðbótin aðeins heitið, ekki tengilinn. Límdu inn tengil skrárinnar sjálfrar (https://drive.google.com/file/d/…) svo að hægt sé að hengja reikninginn við áminningarnar.',
  stageFormula:
    'Formúla er í dálkinum „Reminder stage“ eða „Last reminder“. Viðbótin skráir sjálf hverja áminningu í þessa reiti og skrifar ekki yfir formúlu, svo engin drög að áminningu voru búin til fyrir þennan reikning. Tæmdu báða reitina (og geymdu formúluna í öðrum dálki) og reyndu svo aftur.',

  noEmail: 'Ekkert netfang er skráð fyrir viðskiptavininn „{client}“.',
  notOneEmail: '„{value}“ er ekki eitt gilt netfang.',
  contactLineBreak: 'Línuskil eru í nafni tengiliðarins.',
  greetingLineBreak: 'Línuskil eru í ávarpsnafninu (Greeting name).',
  clientLineBreak: 'Línuskil eru í nafni viðskiptavinarins.',
  invoiceLineBreak: 'Línuskil eru í reikningsnúmerinu.',
  subjectLineBreak:
    'Línuskil yrðu í efnislínu tölvupóstsins. Athugaðu nafn viðskiptavinarins og reikningsnúmerið.',
  draftCurrency: '„{value}“ er ekki gildur gjaldmiðilskóði (til dæmis EUR).',
  notDrafted: {
    payment: 'Engin drög að greiðsluáminningu voru búin til.',
    report: 'Engin drög að tölvupósti með skýrslunni voru búin til.',
    update: 'Engin drög að stöðuuppfærslu voru búin til.',
    terms: 'Engin drög að staðfestingu skilmála voru búin til.',
    'check-in': 'Engin drög að eftirfylgnipósti voru búin til.',
    'rate-change': 'Engin drög að tilkynningu um nýtt tímagjald voru búin til.',
  },
  addEmail: 'Bættu netfangi við og reyndu aftur.',
  oneAddress: 'Skrifaðu eitt netfang, til dæmis nafn@example.com.',
  oneLine: 'Fjarlægðu línuskilin.',

  noHourlyRate:
    'Ekkert tímagjald er skráð fyrir viðskiptavininn „{client}“. Sláðu það inn í dálkinn „Hourly rate“ í línu {row} í flipanum Clients og búðu svo til reikninginn.',
  noBillableHours:
    'Engar reikningshæfar stundir hjá viðskiptavininum „{client}“ í {month} bíða þess að fara á reikning. Hakaðu við „Billable“ hjá verkunum í flipanum Tasks, nema þau séu þegar komin á reikning (sjá Tasks › Invoice).',
  noEstimate:
    'Engin kostnaðaráætlun er skráð fyrir viðskiptavininn „{client}“. Sláðu umsamda áætlun inn í dálkinn „Estimate“ í línu {row} í flipanum Clients og búðu svo til reikninginn vegna fyrirframgreiðslu.',
  alreadyChased:
    'Drög að greiðsluáminningu vegna reiknings „{invoice}“ hafa þegar verið búin til (Invoices, lína {row}, Reminder stage {stage}). Hugsanlega hefur viðskiptavinurinn fengið reikninginn, svo honum er ekki skipt út. Stundir sem skráðar hafa verið eftir að reikningurinn var gerður fara á reikning næsta mánaðar.',
  alreadyPaid:
    'Reikningur „{invoice}“ er merktur greiddur (Invoices, lína {row}, Paid on), svo hann er ekki gerður aftur. Stundir sem skráðar hafa verið eftir að reikningurinn var gerður fara á reikning næsta mánaðar.',
  clientRowProblem:
    'Villa er í línu viðskiptavinarins „{client}“ í flipanum Clients. Lagaðu hana (sjá „Villur í töflureikninum“) og reyndu aftur.',
  noSuchClient: 'Enginn viðskiptavinur heitir „{client}“ í flipanum Clients.',
  pickClient: 'Veldu viðskiptavin fyrst.',
  notMonth: '„{value}“ er ekki mánuður. Veldu til dæmis {example}.',
  reportFirst: 'Búðu fyrst til skýrsluna fyrir {month} handa {client} og skrifaðu svo tölvupóstinn.',
  clientMoved:
    'Lína {row} í flipanum Clients geymir ekki lengur „{client}“. Hladdu hliðarspjaldinu aftur og reyndu á ný.',
  tabNotOurs:
    'Viðbótin bjó ekki til flipann {tab} (í reit A1 stendur ekki „{marker}“). Engu var breytt. Gefðu flipanum nýtt nafn og reyndu svo aftur.',
  tabGone: 'Flipinn {tab} er ekki lengur til.',
  noLock:
    'Apps Script gat ekki læst skjalinu, því forskriftin er ekki keyrð úr þessum töflureikni. Opnaðu töflureikninn og notaðu Viðbætur › Freelance Value Tracker.',
  tabMissing: 'Flipann {tab} vantar. Keyrðu „Setja upp töflureikninn“ og reyndu svo aftur.',
  noIdReturned: '{service} skilaði ekki auðkenni þess sem var rétt búið til. Reyndu aftur.',
  serviceOff:
    'Ítarlega þjónustan {service} er ekki virk fyrir þessa viðbót, svo ekkert var búið til. Sá sem setti viðbótina upp þarf að virkja hana (sjá uppsetningarleiðbeiningarnar).',
  pdfNotMade:
    'Ekki tókst að búa til PDF-skjal úr {file}: Drive skilaði engu PDF-skjali. Reyndu aftur eftir smástund. Ef það gerist aftur skaltu keyra sjálfsprófið.',
  columnMissing:
    'Flipann {tab} vantar dálkinn „{column}“. Keyrðu „Setja upp töflureikninn“ (dálkinum er bætt við og gögnin þín haldast óbreytt) og reyndu svo aftur.',
  logColumnLost:
    'Flipann {tab} vantar dálkinn „{column}“, svo viðbótin þekkir ekki færslurnar sem þar eru skráðar og myndi búa þær til aftur. Gefðu dálkinum fyrra heiti sitt, „{column}“, og reyndu svo aftur.',
  roundingBad:
    'Gildið „{value}“ á að vera fjöldi mínútna sem gengur upp í klukkustund, til dæmis „15 minutes“, „6 minutes“ eða „1 hour“. Þangað til námundar tímamælingin að næsta korteri.',
  timerHours:
    '{value} klst. komast ekki fyrir í einni línu: gefðu upp meira en 0 og mest 24. Ef ekkert á að skrá skaltu henda tímamælingunni.',
  timerUnreadable:
    'Ekki er hægt að lesa tímamælinguna sem er vistuð fyrir þennan töflureikni. Hentu henni og byrjaðu aftur.',
  // The country an invoice's rules follow is the seller's, named in parentheses so it need not be declined.
  taxMissingSetting:
    'Ekkert er skráð í Settings › {setting}, en samkvæmt reglum í landi seljanda ({country}) verður það að koma fram á reikningnum.',
  taxMissingClient:
    'Ekkert er skráð í dálkinn „{column}“ hjá viðskiptavininum „{client}“, en samkvæmt reglum í landi seljanda ({country}) verður það að koma fram á reikningnum.',
  taxNotFormat: '„{value}“ er ekki á því sniði sem slík númer hafa í útgáfulandinu ({country}).',
  taxChecksum:
    'Vartalan í „{value}“ passar ekki við hina tölustafina, svo einhver tölustafur er rangt sleginn inn.',
  taxNotCountryCode: '„{value}“ er ekki tveggja stafa landskóði, til dæmis IS, NO eða GB.',
  taxNoRules: '„{value}“ er ekki eitt þeirra landa sem viðbótin þekkir reikningsreglur fyrir: {countries}.',
  // Norway, Sweden, Israel and Japan derive the VAT number from the business register's number; Iceland
  // does not (the VSK-númer is its own number), so this never speaks of a kennitala.
  taxVatMismatch:
    'VSK-númerið „{value}“ passar ekki við fyrirtækjanúmerið í Settings › Organisation number; það ætti að vera {expected}.',
  taxRateUnknown:
    '{value}% er ekki virðisaukaskattshlutfall í landi seljanda ({country}). Veldu eitt þessara hlutfalla: {rates}.',
  fixInSettings:
    'Fylltu út eða leiðréttu stillinguna Settings › {setting} og búðu svo reikninginn til aftur.',
  fixInClients:
    'Fylltu út eða leiðréttu dálkinn „{column}“ í línu {row} í flipanum Clients og búðu svo reikninginn til aftur.',
  // Exchange rates are split at commas, so the example says the decimal point outright.
  exchangeRateMissing:
    'Reikningurinn er í {currency} og ber virðisaukaskatt, sem einnig þarf að tilgreina í {own}. Skráðu gengið í Settings › Exchange rates, til dæmis „{currency} 11.5“ (með punkti, ekki kommu), og búðu svo reikninginn til aftur.',
  invoicePatternBad:
    'Gildið „{value}“ í Settings › Invoice number verður að innihalda teljarann {placeholder} nákvæmlega einu sinni og engin sniðtákn sem viðbótin þekkir ekki. Dæmi: {example}.',
  alreadySent:
    'Reikningur „{invoice}“ var sendur viðskiptavininum {date} (Invoices, lína {row}, Sent on) og verður því ekki gerður aftur. Til að leiðrétta hann skaltu búa til kreditreikning sem bakfærir hann og síðan nýjan reikning.',

  import: {
    unclosedQuote:
      'Gæsalöpp sem opnast í línu {line} lokast aldrei, svo ekkert frá þeirri línu er hægt að lesa. Fluttu skrána út aftur.',
    notAnExport:
      'Þetta er ekki tímaskrá úr Toggl Track, Clockify eða Harvest: í fyrstu línunni er enginn af dálkum þeirra. Fluttu ítarlegu tímaskýrsluna út sem CSV og veldu þá skrá.',
    noDateColumn:
      'Í skránni úr {vendor} er enginn dagsetningardálkur. Fluttu hana út aftur með upphafsdagsetningunni.',
    noHoursColumn:
      'Í skránni úr {vendor} eru engar nákvæmar klukkustundir: hvorki lengd né upphafs- og lokatími. Fluttu hana út aftur með lengdinni eða upphafs- og lokatíma.',
    datesMixOrder:
      'Sumar dagsetningar byrja á deginum ({first}) og aðrar á mánuðinum ({second}), svo ekki er hægt að lesa neina þeirra með vissu. Fluttu skrána út aftur með einu dagsetningarsniði.',
    wrongFieldCount:
      'Í línunni eru {fields} gildi en {expected} í fyrirsagnarlínunni. Athugaðu hvort þar sé kommu eða semíkommu ofaukið.',
    badDate: '{column}: „{value}“ er ekki dagsetning.',
    badTime: '{column}: „{value}“ er ekki tími dags.',
    badDuration: '{column}: „{value}“ er ekki tímalengd.',
    badYesNo: '{column}: „{value}“ er hvorki Yes né No.',
    noHours: 'Í línunni er hvorki lengd né upphafs- og lokatími.',
    endBeforeStart: 'Færslunni lýkur áður en hún hefst.',
    longerThanDay:
      'Færslan stendur í {hours} klukkustundir, lengur en sólarhring, og lína í Tasks rúmar vinnu eins dags. Skiptu henni upp í tímaskráningunni og fluttu svo inn aftur.',
    isBreak: 'Hlé, ekki vinna fyrir viðskiptavin: sleppt.',
  },
  creditNoSuchInvoice:
    'Enginn reikningur „{invoice}“ er í flipanum Invoices. Gefðu upp númerið eins og það stendur í dálkinum Invoice.',
  creditNotSent:
    'Reikningur „{invoice}“ hefur ekki verið sendur viðskiptavininum (Invoices, lína {row}, reiturinn Sent on er auður), svo ekki þarf kreditreikning: búðu reikninginn frekar til aftur. Ef hann hefur verið sendur skaltu fylla út Sent on.',
  creditAlready:
    'Reikningur „{invoice}“ hefur þegar verið bakfærður með kreditreikningi „{credit}“, svo annar er ekki gerður.',
  creditOfCredit:
    '„{invoice}“ er kreditreikningur (Invoices, lína {row}). Aðeins er hægt að bakfæra reikning, ekki kreditreikning.',
  // Withdraw invoice is «Ógilda» in the sidebar (a number kept, marked «ógiltur»), and a sent invoice is
  // «bakfærður» by a credit note made with «Búa til kreditreikning»: the refusals say the same. A paid or
  // chased invoice counts as sent even with Sent on blank, so a credit note is made for it directly.
  withdrawCreditNote:
    '„{invoice}“ er kreditreikningur (Invoices, lína {row}). Aðeins er hægt að ógilda reikning sem hefur ekki verið sendur viðskiptavininum.',
  withdrawSent:
    'Reikningur „{invoice}“ var sendur viðskiptavininum {date} (Invoices, lína {row}, Sent on), svo ekki er hægt að ógilda hann. Búðu frekar til kreditreikning sem bakfærir hann.',
  withdrawPaid:
    'Reikningur „{invoice}“ er merktur greiddur (Invoices, lína {row}, Paid on), svo ekki er hægt að ógilda hann. Búðu frekar til kreditreikning sem bakfærir hann.',
  withdrawChased:
    'Drög að greiðsluáminningu vegna reiknings „{invoice}“ hafa þegar verið búin til (Invoices, lína {row}, Reminder stage {stage}). Hugsanlega hefur viðskiptavinurinn fengið reikninginn, svo ekki er hægt að ógilda hann. Búðu frekar til kreditreikning sem bakfærir hann.',
  withdrawCredited:
    'Reikningur „{invoice}“ (Invoices, lína {row}) hefur þegar verið bakfærður með kreditreikningi „{credit}“, og því er ekkert að ógilda.',
  creditRebuiltDiffers:
    'Ekki liggur fyrir hvað var á reikningi „{invoice}“ (hann var gerður í eldri útgáfu viðbótarinnar eða færður handvirkt inn í flipann Invoices), og verkin á honum nema nú {rebuilt}, ekki {amount} eins og stendur í Invoices, lína {row}, Amount. Tímagjaldi eða verki hefur því verið breytt síðan. Kreditreikningur byggður á verkunum myndi ekki bakfæra reikninginn nákvæmlega, svo enginn er búinn til. Færðu tímagjaldið og verkin í sama horf og þegar reikningurinn var gefinn út, eða útbúðu kreditreikninginn handvirkt.',
};
