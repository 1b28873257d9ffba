// Feilmeldinger om regnearket på norsk bokmål: korte setninger som sier hva som er galt og hva du gjør.
import type { ProblemMessages } from '../shapes/problems';

export const problems: ProblemMessages = {
  join: ' ',
  listSeparator: ', ',

  cellError: 'Cellen viser en feil ({error}). Rett formelen eller skriv inn verdien.',
  cellNaN: 'Cellen inneholder NaN (ikke et tall).',
  cellUnusableNumber: 'Cellen inneholder {value}, som ikke kan brukes som tall.',
  cellCommaNumber:
    '«{value}» er lagret som tekst, og det er uklart om kommaet skiller desimaler eller tusener. Skriv inn verdien på nytt som et tall (1500 eller 1,5), alt etter hva du mener.',
  cellPointNumber:
    '«{value}» er lagret som tekst, og det er uklart om punktumet skiller desimaler eller tusener. Skriv inn verdien på nytt som et tall (1500 eller 1,5), alt etter hva du mener.',
  formatAsNumber: 'Hvis cellen er formatert som ren tekst, må du formatere den som tall først.',
  cellTextNotNumber: 'Teksten «{value}» er ikke et tall.',
  cellTickNotNumber: '«{value}» er verdien til en avmerkingsboks, ikke et tall.',
  cellDateNotNumber: 'Cellen inneholder en dato, ikke et tall.',
  cellNotNumber: '«{value}» er ikke et tall.',
  cellInvalidDate: 'Cellen inneholder en ugyldig dato.',
  cellDateOutOfRange: '«{value}» ligger utenfor årene 1 til 9999.',
  cellTextNotDate: '«{value}» er tekst, ikke en dato. Velg en dato, eller skriv den som 2026-10-31.',
  cellNumberNotDate: '«{value}» er et tall, ikke en dato. Formater cellen som dato.',
  cellNotDate: '«{value}» er ikke en dato.',
  cellNotTick: '«{value}» er ikke en gyldig verdi for en avmerkingsboks (TRUE eller FALSE).',
  cellNotOneOf: '«{value}» er ikke blant valgene: {choices}.',
  typeDigits: 'Skriv tallet med sifre, for eksempel 12,5.',
  typeWholeDays: 'Skriv et helt antall dager, for eksempel 30.',
  typePriority: 'Skriv et helt tall fra 1 og oppover.',
  typeStage: 'Påminnelsestrinnet skal være et helt tall fra 0 til 3.',

  noTab: 'Fanen {tab} finnes ikke. Kjør Utvidelser › Freelance Value Tracker › Sett opp regnearket.',
  noHeaderRow:
    'Fanen {tab} har ingen overskriftsrad blant de {rows} første radene: ingen av dem har overskrifter som {columns}. Legg kolonneoverskriftene i én rad over dataene og prøv igjen.',
  tabClash:
    'Det er flere faner som kan være fanen {tab}: {names}. Behold én av dem, gi de andre nytt navn eller slett dem, og prøv igjen.',
  missingColumn:
    'Fanen {tab} mangler kolonnen «{column}», så radene i fanen kan ikke leses. Legg til overskriften i rad {row}, eller kjør «Sett opp regnearket».',
  duplicateColumn:
    'Kolonnen «{column}» finnes to ganger. Den første (kolonne {first}) blir brukt. Gi kolonne {second} et annet navn, eller slett den.',

  settingName: '{setting}:',
  usesEnglish: 'Engelsk brukes i stedet.',
  notCurrency: '«{value}» er ikke en valutakode.',
  usesCurrency: '{currency} brukes i stedet.',
  reminderDaysBad:
    '«{value}» skal være antall dager etter forfall, i stigende rekkefølge, for eksempel «1, 7, 14». Inntil videre brukes 1, 7, 14.',
  scoreWeightsBad: '«{value}» skal se ut som «goal 1, A 1, B 0». Inntil videre brukes denne standardverdien.',
  billingRhythmBad:
    '«{value}» er ikke blant valgene: {choices}. Velg et av dem fra listen. Til da nevnes ikke fakturering i e-posten som bekrefter vilkårene.',
  depositNotPercent:
    '{value} er ikke en prosentsats fra 1 til 100. Til da nevnes ikke forskudd i e-posten som bekrefter vilkårene.',
  depositBad:
    '«{value}» skal være hvor mange prosent som betales før arbeidet starter, for eksempel 25 %. Til da nevnes ikke forskudd i e-posten som bekrefter vilkårene.',
  workingHoursBad:
    '«{value}» skal se ut som «Mon–Fri 09:00–17:00», eventuelt etterfulgt av en tidssone som Europe/Oslo. Til da nevnes ikke arbeidstid i e-posten som bekrefter vilkårene.',
  responseTimeBad:
    '«{value}» skal være et helt antall virkedager eller arbeidstimer, skrevet på engelsk, for eksempel «1 working day» eller «4 working hours». Til da nevnes ikke svartid i e-posten som bekrefter vilkårene.',

  clientNameError: 'Kundenavnet viser en feil ({error}).',
  noClientName: 'Raden mangler kundenavn. Skriv inn navnet på kunden, eller tøm raden.',
  duplicateClient:
    '«{value}» står allerede i rad {row}. Hver kunde må ha sitt eget navn. Gi kunden i denne raden et annet navn, eller slett raden.',
  usesDefaultLanguage: 'Språket fra Settings › Default language ({language}) brukes i stedet.',
  costsLeftOut: 'Rapportene viser ikke kostnader før timeprisen er rettet.',
  rateBelowZero: 'Timeprisen er negativ, så rapportene viser ikke kostnader.',
  notWholeDays: '{value} er ikke et helt antall dager.',
  usesDefaultTerms: {
    one: 'Standard betalingsfrist på {n} dag brukes i stedet.',
    other: 'Standard betalingsfrist på {n} dager brukes i stedet.',
  },
  noUpdatesPlanned: 'Det planlegges derfor ingen statusoppdateringer for kunden.',
  treatedAsActive: 'Kunden regnes som aktiv.',
  notTimeZone: '«{value}» er ikke et gyldig tidssonenavn. Bruk et navn som Europe/Oslo.',
  belowZero: '{value} er under null.',
  noDeposit: 'Det kan derfor ikke lages forskuddsfaktura.',
  depositRange: '{value} er ikke mellom 0 og 100.',
  usesDefaultDeposit: 'Det brukes et forskudd på 10 % i stedet.',

  notAClient: '«{client}» finnes ikke i fanen Clients. Velg en kunde fra listen.',
  goalNoClient: 'Målet mangler kunde. Velg en kunde fra listen.',
  goalEmpty:
    'Målet er tomt. Skriv det slik kunden ville sagt det, med et tall, for eksempel «500 nye abonnenter på nyhetsbrevet».',
  duplicateGoal:
    'Det samme målet står allerede i rad {row} for «{client}». Oppgaver knyttes til mål ut fra teksten, så to mål for samme kunde kan ikke ha samme tekst.',
  priorityEmpty: 'Målet har ingen prioritet.',
  notWholeFromOne: '{value} er ikke et helt tall fra 1 og oppover.',
  listedAfterRanked: 'Målet vises etter de prioriterte målene.',
  progressWithout: 'Fremdriften vises uten denne verdien.',
  treatedAsOpen: 'Målet regnes som åpent.',

  taskNoClient: 'Oppgaven mangler kunde. Velg en kunde fra listen.',
  taskNoDate: 'Oppgaven mangler dato. Velg dagen du gjorde arbeidet.',
  taskNoHours: 'Oppgaven mangler antall timer. Skriv inn hvor mange timer du brukte, for eksempel 1,5.',
  hoursRange: '{value} er ikke mellom 0 og 24 timer.',
  goalOfOther: '«{goal}» er et mål for «{other}», ikke for «{client}». Velg et av målene til «{client}».',
  notAGoal: '«{goal}» finnes ikke som mål i fanen Goals. Velg et mål fra listen.',
  useMark: 'Bruk A (får alvorlige følger om det ikke blir gjort) eller B (mindre viktig).',
  goalAndMark:
    'Oppgaven har både et mål og en markering (A/B). Behold målet, eller tøm det og behold markeringen.',
  noGoalNoMark:
    'Oppgaven har verken mål eller markering. Knytt den til et mål, eller merk den med A (får alvorlige følger om det ikke blir gjort) eller B (mindre viktig).',

  paymentsBlocked: {
    one: 'Det lages ikke utkast til betalingspåminnelser: fanen Invoices mangler kolonnen «{columns}», der hver påminnelse føres, og uten den ville de samme utkastene blitt laget på nytt neste gang. Kjør «Sett opp regnearket» for å legge den til.',
    other:
      'Det lages ikke utkast til betalingspåminnelser: fanen Invoices mangler kolonnene {columns}, der hver påminnelse føres, og uten dem ville de samme utkastene blitt laget på nytt neste gang. Kjør «Sett opp regnearket» for å legge dem til.',
  },
  invoiceNoNumber: 'Fakturaen mangler nummer. Skriv inn nummeret slik det står på fakturaen.',
  duplicateInvoice:
    'Faktura «{invoice}» står allerede i rad {row}. Hvert fakturanummer kan bare brukes én gang.',
  invoiceNoClient: 'Fakturaen mangler kunde. Velg en kunde fra listen.',
  noIssueDate: 'Fakturaen mangler fakturadato.',
  noAmount: 'Fakturaen mangler beløp.',
  amountBelowZero: 'Beløpet er negativt.',
  stageOutOfRange: '{value} er ikke mellom 0 og 3.',
  notWholeNumber: '{value} er ikke et helt tall.',
  clearToStartOver: 'Tøm cellen for å starte påminnelsene på nytt.',
  dueTooLate: {
    one: 'Fakturadatoen pluss en betalingsfrist på {n} dag gir en forfallsdato etter år 9999. Skriv inn en forfallsdato i kolonnen «Due».',
    other:
      'Fakturadatoen pluss en betalingsfrist på {n} dager gir en forfallsdato etter år 9999. Skriv inn en forfallsdato i kolonnen «Due».',
  },
  notDriveLink:
    '«{value}» er ikke en lenke til en fil i Google Disk. Fra en lenkebrikke eller en HYPERLINK-formel ser tillegget bare teksten, ikke selve lenken. Lim inn lenken til filen (https://drive.google.com/file/d/…), så kan fakturaen legges ved påminnelsene.',
  stageFormula:
    'Cellen i kolonnen «Reminder stage» eller «Last reminder» inneholder en formel. Tillegget fører selv hver påminnelse i disse cellene og skriver ikke over en formel, så det ble ikke laget noe utkast til påminnelse for denne fakturaen. Tøm begge cellene (flytt formelen til en annen kolonne hvis du vil beholde den) og prøv igjen.',

  noEmail: '«{client}» har ingen e-postadresse.',
  notOneEmail: '«{value}» er ikke én gyldig e-postadresse.',
  contactLineBreak: 'Navnet på kontaktpersonen inneholder et linjeskift.',
  greetingLineBreak: 'Navnet i hilsenen (Greeting name) inneholder et linjeskift.',
  clientLineBreak: 'Kundenavnet inneholder et linjeskift.',
  invoiceLineBreak: 'Fakturanummeret inneholder et linjeskift.',
  subjectLineBreak: 'Emnelinjen i e-posten ville fått et linjeskift. Sjekk kundenavnet og fakturanummeret.',
  draftCurrency: '«{value}» er ikke en valutakode. Bruk en kode som NOK eller EUR.',
  notDrafted: {
    payment: 'Det ble ikke laget utkast til betalingspåminnelse.',
    report: 'Det ble ikke laget utkast til e-post med månedsrapporten.',
    update: 'Det ble ikke laget utkast til statusoppdatering.',
    terms: 'Det ble ikke laget utkast til bekreftelse av vilkårene.',
    'check-in': 'Det ble ikke laget utkast til oppfølging.',
    'rate-change': 'Det ble ikke laget utkast til varsel om ny timepris.',
  },
  addEmail: 'Legg inn e-postadressen og prøv igjen.',
  oneAddress: 'Skriv bare én adresse, for eksempel navn@example.com.',
  oneLine: 'Skriv det på én linje.',

  noHourlyRate:
    '«{client}» har ingen timepris. Skriv inn timeprisen i fanen Clients, rad {row}, kolonnen «Hourly rate», og lag deretter fakturaen.',
  noBillableHours:
    '«{client}» har ingen fakturerbare timer i {month} som ikke allerede er fakturert. Kryss av i kolonnen «Billable» for oppgavene i fanen Tasks, med mindre de allerede står på en faktura (se kolonnen «Invoice» i Tasks).',
  noEstimate:
    '«{client}» har ikke noe overslag. Skriv inn det avtalte overslaget i fanen Clients, rad {row}, kolonnen «Estimate», og lag deretter forskuddsfakturaen.',
  alreadyChased:
    'Det er laget et utkast til betalingspåminnelse for faktura «{invoice}» (fanen Invoices, rad {row}, Reminder stage {stage}). Kunden kan derfor allerede ha fått fakturaen, så den blir ikke erstattet. Timer du har ført etter at fakturaen ble laget, kommer med på fakturaen for neste måned.',
  alreadyPaid:
    'Faktura «{invoice}» er merket som betalt (fanen Invoices, rad {row}, kolonnen «Paid on»), så den lages ikke på nytt. Timer du har ført etter at fakturaen ble laget, kommer med på fakturaen for neste måned.',
  clientRowProblem:
    'Raden for «{client}» i fanen Clients har en feil. Rett den (se «Feil i regnearket») og prøv igjen.',
  noSuchClient: 'Det finnes ingen kunde som heter «{client}» i fanen Clients.',
  pickClient: 'Velg en kunde først.',
  notMonth: '«{value}» er ikke en måned. Velg for eksempel {example}.',
  reportFirst: 'Lag rapporten for {month} for {client} først, og skriv e-posten etterpå.',
  clientMoved:
    'Rad {row} i fanen Clients inneholder ikke lenger «{client}». Last inn sidepanelet på nytt og prøv igjen.',
  tabNotOurs:
    'Fanen {tab} er ikke laget av tillegget (celle A1 inneholder ikke «{marker}»). Gi fanen et annet navn og prøv igjen. Ingenting er endret.',
  tabGone: 'Fanen {tab} finnes ikke lenger.',
  noLock:
    'Apps Script fikk ikke låst dokumentet: skriptet kjører ikke fra dette regnearket. Åpne regnearket og bruk Utvidelser › Freelance Value Tracker.',
  tabMissing: 'Fanen {tab} mangler. Kjør «Sett opp regnearket» og prøv igjen.',
  noIdReturned: '{service} returnerte ikke ID-en til det som nettopp ble laget. Prøv igjen.',
  serviceOff:
    'Den avanserte tjenesten {service} er ikke slått på for dette tillegget, så ingenting ble laget. Den som installerte tillegget, må slå den på (se installasjonsveiledningen).',
  pdfNotMade:
    'PDF-en av {file} kunne ikke lages: Drive returnerte ingen PDF. Prøv igjen om et minutt. Skjer det igjen, kjør selvtesten.',
  columnMissing:
    'Fanen {tab} mangler kolonnen «{column}». Kjør «Sett opp regnearket» (det legger til kolonnen og beholder dataene dine) og prøv igjen.',
  logColumnLost:
    'Fanen {tab} mangler kolonnen «{column}», så tillegget kjenner ikke igjen det som er ført der, og alt ville blitt laget på nytt. Gi kolonnen tilbake navnet «{column}» og prøv igjen.',
  roundingBad:
    '«{value}» skal være et antall minutter som går opp i en time, for eksempel «15 minutes», «6 minutes» eller «1 hour». Inntil videre runder tidtakeren av til nærmeste kvarter.',
  timerHours:
    '{value} timer kan ikke føres på én rad: oppgi mer enn 0 og høyst 24. Vil du ikke føre noe, forkaster du tidtakingen.',
  timerUnreadable:
    'Tidtakeren som er lagret for dette regnearket, kan ikke leses. Forkast den og start på nytt.',
  taxMissingSetting: 'Settings › {setting} er tom, og en faktura fra {country} må ha denne opplysningen.',
  taxMissingClient:
    'Kolonnen «{column}» er tom for «{client}», og en faktura fra {country} må ha denne opplysningen.',
  taxNotFormat: '«{value}» har feil format for et nummer fra {country}.',
  taxChecksum:
    'Kontrollsifferet i «{value}» stemmer ikke, så et siffer er skrevet feil eller har byttet plass.',
  taxNotCountryCode: '«{value}» er ikke en landkode på to bokstaver (for eksempel NO, SE eller GB).',
  taxNoRules: '«{value}» er ikke blant landene tillegget kjenner fakturareglene for ({countries}).',
  taxVatMismatch: 'Mva-nummeret «{value}» stemmer ikke med organisasjonsnummeret, som gir {expected}.',
  taxRateUnknown: '{value} % er ikke en mva-sats i {country}. Satsene der er {rates} %.',
  fixInSettings: 'Fyll inn eller rett Settings › {setting}, og lag fakturaen på nytt.',
  fixInClients:
    'Fyll inn eller rett cellen i fanen Clients, rad {row}, kolonnen «{column}», og lag fakturaen på nytt.',
  exchangeRateMissing:
    'Fakturaen er i {currency} med merverdiavgift, og avgiften må også oppgis i {own}. Legg inn kursen i Settings › Exchange rates, for eksempel «{currency} 11.5», og lag fakturaen på nytt.',
  invoicePatternBad:
    'Settings › Invoice number («{value}») må inneholde telleren {placeholder} nøyaktig én gang og ingen andre plassholdere enn dem tillegget fyller ut, for eksempel {example}.',
  alreadySent:
    'Faktura «{invoice}» ble sendt til kunden {date} (fanen Invoices, rad {row}, kolonnen «Sent on»), og en sendt faktura kan verken endres eller lages på nytt. Krediter den med en kreditnota, og lag deretter en ny faktura.',

  import: {
    unclosedQuote:
      'Et anførselstegn som åpnes på linje {line}, lukkes aldri, så ingenting fra og med den linjen kan leses. Eksporter filen på nytt.',
    notAnExport:
      'Dette er ikke en tidseksport fra Toggl Track, Clockify eller Harvest: første linje har ingen av kolonnene deres. Eksporter den detaljerte timerapporten som CSV, og velg den filen.',
    noDateColumn: 'Eksporten fra {vendor} har ingen datokolonne. Eksporter på nytt med startdatoen med.',
    noHoursColumn:
      'Eksporten fra {vendor} har ingen nøyaktige timer: verken varighet eller start- og sluttid. Eksporter på nytt med varigheten eller start- og sluttiden med.',
    datesMixOrder:
      'Noen datoer har dagen først ({first}) og andre måneden først ({second}), så ingen av dem kan leses sikkert. Eksporter filen på nytt med ett datoformat.',
    wrongFieldCount:
      'Linjen har {fields} verdier, men overskriftslinjen har {expected}. Se etter et komma eller semikolon som ikke hører hjemme der.',
    badDate: '{column}: «{value}» er ikke en dato.',
    badTime: '{column}: «{value}» er ikke et klokkeslett.',
    badDuration: '{column}: «{value}» er ikke en varighet.',
    badYesNo: '{column}: «{value}» er verken Yes eller No.',
    noHours: 'Linjen har verken varighet eller start- og sluttid.',
    endBeforeStart: 'Oppføringen slutter før den begynner.',
    longerThanDay:
      'Oppføringen varer i {hours} timer, mer enn et døgn, og en rad i Tasks rommer én dags arbeid. Del den opp i tidsregistreringen, og importer på nytt.',
    isBreak: 'En pause, ikke arbeid for en kunde: utelatt.',
  },
  creditNoSuchInvoice:
    'Det finnes ingen faktura «{invoice}» i fanen Invoices. Oppgi nummeret slik det står i kolonnen «Invoice».',
  creditNotSent:
    'Faktura «{invoice}» er ikke sendt til kunden (fanen Invoices, rad {row}: kolonnen «Sent on» er tom), så den trenger ingen kreditnota. Lag fakturaen på nytt i stedet, eller fyll inn datoen i «Sent on» hvis den faktisk er sendt.',
  creditAlready:
    'Faktura «{invoice}» er allerede kreditert med kreditnota «{credit}», så det lages ingen ny kreditnota.',
  creditOfCredit:
    '«{invoice}» er en kreditnota (fanen Invoices, rad {row}), og bare fakturaer kan krediteres.',
  // Withdraw invoice is «Makuler» in the sidebar (nb/sidebar.ts, `invoices`): an unsent invoice is
  // «makulert», the accountant's word; a sent, paid or chased one is credited with a kreditnota, which
  // needs no Sent on filled in first (a paid or chased invoice counts as sent).
  withdrawCreditNote:
    '«{invoice}» er en kreditnota (fanen Invoices, rad {row}), og bare en faktura som ikke er sendt, kan makuleres.',
  withdrawSent:
    'Faktura «{invoice}» ble sendt til kunden {date} (fanen Invoices, rad {row}, kolonnen «Sent on»), så den kan ikke makuleres. Krediter den med en kreditnota i stedet.',
  withdrawPaid:
    'Faktura «{invoice}» er registrert som betalt (fanen Invoices, rad {row}, kolonnen «Paid on»), så den kan ikke makuleres. Krediter den med en kreditnota i stedet.',
  withdrawChased:
    'Det er laget et utkast til betalingspåminnelse for faktura «{invoice}» (fanen Invoices, rad {row}: kolonnen «Reminder stage» er {stage}). Kunden kan altså ha fått fakturaen, så den kan ikke makuleres. Krediter den med en kreditnota i stedet.',
  withdrawCredited:
    'Faktura «{invoice}» (fanen Invoices, rad {row}) er allerede kreditert med kreditnota «{credit}», så det er ingenting å makulere.',
  creditRebuiltDiffers:
    'Det er ikke lagret hva faktura «{invoice}» omfattet (den ble laget med en eldre versjon av tillegget eller ført inn for hånd), og oppgavene på den utgjør nå {rebuilt}, ikke {amount} som står i fanen Invoices, rad {row}, kolonnen «Amount». En timepris, mva-satsen eller en oppgave er altså endret siden. En kreditnota laget ut fra oppgavene ville ikke kreditere fakturaen nøyaktig, så det lages ingen kreditnota. Sett satsene og oppgavene tilbake slik de var da fakturaen ble utstedt, eller skriv kreditnotaen for hånd.',
};
