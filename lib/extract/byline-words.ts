// The words that surround a name in a byline, in the languages the development pages
// use: the verb or label before it ("Veröffentlicht von", "Autor:", "publié par"),
// the date, weekday or link text after it ("am Samstag", "Thursday", "Alle Artikel"),
// the role words of newsroom titles, and the placeholders templates leave behind.

const BY_WORDS = 'by|from|von|vom|por|par|door|av|af|przez|tarafından';
export const BY_VERBS =
  'rezept|recipe|written|posted|words|story|reporting|reported|text|texte|testo|photos?|edited|compiled|published|article|review(?:ed)?|' +
  'erstellt|veröffentlicht|geschrieben|verfasst|gepostet|eingestellt|artikel|beitrag|ein beitrag|ein artikel|' +
  'publié|écrit|rédigé|posté|un article|scritto|pubblicato|articolo|escrito|publicado|redactado|artículo|' +
  'geschreven|gepubliceerd|geplaatst|skrevet|publisert|publicerad|skriven|napisane|opublikowane';
/** "Veröffentlicht von", "By", "publié par": a verb or noun, then the preposition, at the start. */
export const LEADING_BY = new RegExp(`^(?:(?:${BY_VERBS})\\s+)?(?:${BY_WORDS})(?![\\p{L}])\\s*:?\\s*`, 'iu');
/** The heading of an author box: "Über Steffi", "About Jane Doe". */
export const LEADING_ABOUT = /^(?:about(?:\s+the\s+author)?|über|à propos de|sobre|over)\s+(?=\p{Lu})/iu;
/** Short prepositions that are also name particles ("Di Maria", "da Silva") count only lowercase, before a capital. */
export const LEADING_PARTICLE_BY = /^(?:di|da|de|z|od)\s+(?=\p{Lu})/u;
/** Label-style bylines: "Autor: Fritz Imhof", "Text: Jane Doe". */
export const AUTHOR_LABEL =
  /(?:^|\s)(?:interview|autor(?:in|en)?|author|auteure?|autore|autora|verfasser(?:in)?|redakteur(?:in)?|text|texte|testo|written by|by|von|par|por|door)\s*:\s*/iu;

const MONTH =
  '(?:jan|feb|mär|mar|apr|may|mai|jun|jul|aug|sep|sept|oct|okt|nov|dec|dez|janv|févr|avr|juil|déc|ene|abr|ago|dic|gen|mag|giu|lug|ott)[\\p{L}]*\\.?';
const WEEKDAY =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|' +
  'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|' +
  'lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)';
const DATE_WORDS =
  'stand|updated|published|posted|last updated|modified|aktualisiert|veröffentlicht|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato';
/** Everything from a date, time, weekday or "on …" to the end: "J.R. Stone Thursday", "Jörn Mecher am 08.12.2022". */
export const DATE_TAIL = new RegExp(
  `\\s*(?:(?<![\\p{L}])(?:${DATE_WORDS})(?![\\p{L}]).*|(?<![\\p{L}])(?:on|am|um|le|el|il|op|den|du|vom|vor|hace|il y a)\\s+(?=\\d|${WEEKDAY}|${MONTH}).*|(?<![\\p{L}])${WEEKDAY}(?![\\p{L}]).*|(?<![\\p{L}])${MONTH}\\s+\\d{1,2}\\b.*|\\b\\d{1,2}\\.?\\s+${MONTH}.*|(?<!\\S)[^\\s\\p{L}]*\\d.*)$`,
  'iu',
);
/** "Alle Artikel", "View all posts", "Mehr von": link text that follows the name. */
export const LINK_TAIL =
  /(?:^|\s+)(?:alle\s+(?:artikel|beiträge|texte)|all\s+(?:articles|posts|stories)|view\s+all|more\s+(?:from|by|articles|posts)|mehr\s+(?:von|artikel|zum autor)|weitere\s+artikel|tous\s+(?:les|ses)\s+articles|todos\s+los\s+artículos|(?:author\s+)?profile?|(?:zum\s+)?profil|folgen|follow|abonnieren|subscribe)\b.*$/iu;
/** A comment, not a byline: "Kersti Wolnow sagt:", "damianduchamps said, on …". */
export const COMMENT_VERB = /\s(?:says|said|sagt|schreibt|schrieb|meint|dit|a dit|dice|dijo|zegt|skriver)\s*:?\s*$/iu;
/** A role word after a name in scripts without spaces between names and titles: "신현주 기자". */
export const CJK_ROLE_TAIL = /\s*(?:기자|특파원|논설위원|記者|记者|特派員|编辑|編集部|撰稿)$/u;

export const ROLE_WORDS = new Set(
  (
    'staff writer writers reporter reporters editor editors correspondent correspondents contributor contributors ' +
    'contributing columnist columnists producer photographer photographers journalist intern senior chief deputy ' +
    'associate assistant managing executive political politics science technology tech business health news sports ' +
    'special guest freelance digital foreign national local investigative feature features opinion global economics ' +
    'data video audio social media breaking weekend head lead principal analyst critic host anchor author writer ' +
    'editorial desk at large the of for in a us uk world culture travel food style lifestyle entertainment ' +
    'environment climate education fellow bureau affairs follow twitter facebook instagram linkedin email reddit ' +
    'share whatsapp bio profile more articles posts view all ' +
    'redakteur redakteurin redaktorin korrespondent korrespondentin autor autorin journalistin reporterin ' +
    'chefredakteur chefredakteurin volontär volontärin gastautor gastautorin freier freie mitarbeiter mitarbeiterin ' +
    'rédacteur rédactrice journaliste envoyé envoyée spécial spéciale periodista corresponsal redactor redactora ' +
    'giornalista inviato inviata redattore phd md mba msc'
  ).split(' '),
);
// Never stripped from the end of a name: "TMZ Staff" and "Gear Team" are how those desks sign.
export const SIGNATURE_WORDS = new Set(['staff', 'team', 'desk', 'the', 'of', 'for', 'in', 'a', 'at']);
/** Whole strings that are never a person: placeholders, labels and navigation. */
export const NON_NAMES = new Set(
  (
    'by staff admin administrator anonymous unknown author guest none null undefined more others name noauthor ' +
    'no_author jobs job folgen follow datum date autor autorin auteur autore autora teilen share kontakt contact home menu login ' +
    'anmelden suche search newsletter subscribe abonnieren kommentare comments comment antworten reply zeige ' +
    'phd md mba msc ma ba bsc rn rd jr sr dr prof'
  )
    .split(' ')
    .concat(['no author', 'not available', 'kein autor', 'sans auteur', 'sin autor']),
);
