// The agree language: cooperation agreements as checked, executable models.
//
// Design: every declaration and every clause field starts with its own keyword, so the parser
// decides with one token of lookahead (LL(1)) almost everywhere. The lexer has no predicates
// and no actions; comments go to the hidden channel so tools can keep them.
grammar Agree;

file : item* EOF ;

item
  : importDecl
  | agreementDecl
  | partyDecl
  | groupDecl
  | bodyDecl
  | eventDecl
  | articleDecl
  | scenarioDecl
  | templateDecl
  | expectDecl
  ;

importDecl : IMPORT STRING ;

// ---- header ----------------------------------------------------------------------------------

agreementDecl : AGREEMENT ident LBRACE headerField* RBRACE ;

headerField
  : TITLE text                                # titleField
  | VERSION STRING                            # versionField
  | LANGUAGE STRING                           # languageField
  | GOVERNING LAW STRING citation?            # lawField
  | ENFORCEABLE yesNo citation?               # enforceableField
  // a month alone (2019-02): "Getekend februari 2019", the day not known
  // one line per signature when each party signed on its own day (`by P`)
  | SIGNED (date | YEAR_MONTH) (BY ident)? (AT STRING)?   # signedField
  | CALENDAR STRING                           # calendarField
  | PREAMBLE text                             # preambleField
  | NOTE text                                 # headerNoteField
  ;

citation : UNDER articleId ;
yesNo : YES | NO ;

// ---- parties ---------------------------------------------------------------------------------

partyDecl : PARTY ident LBRACE partyField* RBRACE ;

partyField
  : NAME STRING                               # partyNameField
  | SHORT STRING                              # partyShortField
  | SEAT STRING                               # partySeatField
  | REGISTRATION STRING                       # partyRegistrationField
  | REPRESENTATIVE STRING (ROLE STRING)?      # partyRepresentativeField
  | PLACEHOLDER                               # partyPlaceholderField
  | NOTE text                                 # partyNoteField
  ;

groupDecl : GROUP ident LBRACE (NAME STRING)? MEMBERS identList RBRACE ;

// A body that is not a party (an algemeen bestuur, a committee, an arbiter): it may hold
// duties and acts, but is never bound as a party.
bodyDecl : BODY ident LBRACE bodyField* RBRACE ;
bodyField
  : NAME STRING                               # bodyNameField
  | NOTE text                                 # bodyNoteField
  ;

// A kind of event the agreement's triggers and scenarios may name, beyond the built-in ones.
// The text describes the event; `label` names it in answers ("afronding van het onderzoek").
eventDecl : EVENT ident STRING? (LABEL STRING)? ;

// ---- articles and clauses --------------------------------------------------------------------

// An article holds its clauses and the expectations that test them, in any order.
articleDecl : ARTICLE articleId STRING? LBRACE (TEXT text)? (clauseDecl | expectDecl)* RBRACE ;

clauseDecl : CLAUSE articleId (clauseKind | templateUse) LBRACE clauseField* RBRACE ;

// A clause template with parameters (stdlib/clauses/): its body is a clause's fields, where
// `$name` stands for a parameter. A clause that `uses` it gets those fields with the arguments
// filled in, plus its own.
templateDecl : TEMPLATE ident LPAREN (templateParam (COMMA templateParam)*)? RPAREN clauseKind
               LBRACE clauseField* RBRACE ;
templateParam : ident COLON paramType (EQUALS templateValue)? ;
paramType : DURATION | HOLDERS | EVENT | FORM | CLAUSE ;
templateUse : USES ident LPAREN (templateArg (COMMA templateArg)*)? RPAREN ;
templateArg : ident EQUALS templateValue ;
// A duration, or one holder (a party, a group, each party ...); an event kind or a form is a
// name. One holder, because a comma separates the arguments.
templateValue
  : NUMBER unit?                              # numberValue
  | holder                                    # holdersValue
  | DOTTED                                    # clauseValue
  | STRING                                    # quotedClauseValue
  ;

clauseKind : DUTY | EFFORT | PROHIBITION | PERMISSION | POWER | PROVISION ;

clauseField
  : TEXT text                                 # textField
  | NOTE text                                 # noteField
  | HOLDERS holderList                        # holdersField
  | COUNTERPARTY holderList                   # counterpartyField
  | START startSpec                           # startField
  | TERM termSpec                             # termField
  | RENEW AUTOMATICALLY EVERY duration renewLimit? renewCondition?   # renewField
  | NOTICE duration noticeWhen byHolders? formSpec?                  # noticeField
  | powerAction trigger? formSpec?            # powerField
  | SURVIVES survivalSpan                     # survivesField
  | SURVIVAL OF articleIdList survivalSpan    # survivalField
  | DEADLINE deadlineSpec rollForward?        # deadlineField
  // an act that happens on a day ("na zes maanden wordt ... geëvalueerd"), not by it
  | SCHEDULED scheduleSpec rollForward?       # scheduledField
  | RECURS recurrence recurrenceDue? recurrenceExcept? rollForward?   # recursField
  | ACCESSION accessionSpec                   # accessionField
  | CAP NUMBER eventKind PER capYear          # capField
  | INSTANCE eventKind LASTING AT MOST duration instanceExtension?   # instanceField
  // binds only at first ("het eerste half jaar"), only from the end ("na beëindiging"), or
  // only in a window of each year ("in de periode van 15 oktober tot 14 april")
  | APPLIES (FOR duration AFTER START | AFTER END | YEARLY yearWindow)   # appliesField
  ;

holderList : holder (COMMA holder)* ;
holder
  : EACH (PARTY | OF ident)                   # eachHolder
  | ALL PARTIES                               # allPartiesHolder
  | OTHER PARTY                               # otherPartyHolder
  | PARTY OF EVENT                            # eventPartyHolder
  | ident                                     # namedHolder
  | PARAM                                     # paramHolder
  // the group acting together by one decision ("twee derde van de deelnemers")
  | DECISION OF ident BY threshold including? # decisionHolder
  ;

threshold : MAJORITY | UNANIMITY | FRACTION ;
including : INCLUDING (ident | LPAREN identList RPAREN) ;

startSpec
  : ON (SIGNING | EVENT ident)                # startOn
  | date RETROACTIVE?                         # startOnDate
  // "een maand na de goedkeuring", "de eerste dag na de dagtekening van de Staatscourant"
  | duration AFTER (SIGNING | EVENT ident)    # startAfter
  // "de eerste dag van de tweede maand volgend op de datum waarop", "de eerste dag van het
  // kalenderjaar volgend op dat waarin": the first day of the Nth month (year) after the one of
  // the signing or the event
  | FIRST DAY OF (MONTH | YEAR) NUMBER AFTER (SIGNING | EVENT ident)   # startFirstDayAfter
  ;

termSpec
  : MINIMUM duration (UNTIL EVENT ident)?     # minimumTerm
  | duration                                  # fixedDurationTerm
  | UNTIL date                                # fixedEndTerm
  | INDEFINITE (UNTIL EVENT ident (OF ident)?)?   # indefiniteTerm
  ;

renewLimit : AT MOST NUMBER TIMES ;
renewCondition
  : IF eventPattern                           # renewIf
  | UNLESS eventPattern                       # renewUnless
  ;

noticeWhen
  : BEFORE (TERM END | calendarEnd)           # noticeBefore
  | AT ANY TIME                               # noticeAtAnyTime
  // "te rekenen vanaf het einde van het kalenderjaar": the period runs from that end
  | FROM calendarEnd                          # noticeFromCalendarEnd
  ;

// "tegen het einde van een kalenderjaar" (`before end of calendar year`)
calendarEnd : END OF CALENDAR (YEAR | QUARTER | MONTH) ;
calendarAnchor : (BEFORE | FROM) calendarEnd ;

byHolders : BY holderList ;
formSpec : FORM (ident | PARAM) ;

powerAction
  : TERMINATE effect                          # terminateAction
  | DISSOLVE effect                           # dissolveAction
  | WITHDRAW effect                           # withdrawAction
  | EXPEL effect                              # expelAction
  ;

effect
  : IMMEDIATELY                               # immediateEffect
  | WITH NOTICE duration calendarAnchor?      # noticeEffect
  | ON EFFECTIVE DATE_WORD                    # onEffectiveDateEffect
  ;

trigger
  : WHEN eventPattern (THEN CURE (duration | REASONABLE))? (WITHIN duration)?   # eventTrigger
  | WHILE ident LASTING duration              # stateTrigger
  ;

eventPattern : eventKind (OUTCOME ident)? ;

survivalSpan
  : INDEFINITELY                              # survivesIndefinitely
  | FOR duration                              # survivesFor
  // "blijven in functie totdat de liquidatie is beëindigd": no longer on the event's date
  | UNTIL EVENT ident                         # survivesUntilEvent
  ;

deadlineSpec
  : WITHIN duration AFTER (START | END | eventKind)   # deadlineAfterEvent
  // "terstond", "onmiddellijk", "onverwijld": at once, on the day of the moment itself
  | IMMEDIATELY AFTER (START | END | eventKind)   # deadlineImmediately
  // before the end of each term period (`each`), or of period N only (`of period N`); or so
  // long before each occurrence of an event ("ten minste 2 weken voor de vergadering")
  | duration BEFORE (EACH? TERM END (OF PERIOD NUMBER)? | EVENT eventKind)   # deadlineBeforeTermEnd
  // "ten minste 2 en ten hoogste 4 weken voor de vergadering", "tussen de 3 en de 6 maanden na"
  | BETWEEN duration AND duration (BEFORE EVENT eventKind | AFTER (START | END | eventKind))   # deadlineWindow
  // "uiterlijk op het tijdstip van"
  | AT EVENT eventKind                        # deadlineAtEvent
  | BY date                                   # deadlineByDate
  | BEFORE (date | EVENT eventKind)           # deadlineBeforeDate
  ;

scheduleSpec
  : date                                      # scheduledOnDate
  | duration AFTER (START | END | EVENT? eventKind)   # scheduledAfter
  ;

recurrence
  : QUARTERLY | HALFYEARLY | MONTHLY
  // "in de maanden juni": each year in a window of days, both ends included
  | YEARLY yearWindow?
  // per agreement year (from the start), or per calendar year
  | AT LEAST NUMBER TIMES PER (YEAR | CALENDAR YEAR)
  ;

// Month-days of every year, both included; a first day after the last runs over the year end.
yearWindow : BETWEEN MONTH_DAY AND MONTH_DAY ;

// When each occurrence is due. --MM-DD is ISO 8601's month and day without a year.
recurrenceDue : DUE dueWhen ;
dueWhen
  : IN ADVANCE                                           # dueInAdvance
  | BY MONTH_DAY (OF (NEXT | PREVIOUS) YEAR)?            # dueByMonthDay
  | BEFORE MONTH_DAY (OF (NEXT | PREVIOUS) YEAR)?        # dueBeforeMonthDay
  | END OF MONTH NUMBER AFTER (QUARTER | MONTH | YEAR)   # dueEndOfMonthAfter
  // "uiterlijk zes weken na afloop van ieder kwartaal": the period's last day + the duration
  | duration AFTER (QUARTER | MONTH | YEAR | PERIOD)     # dueAfterPeriod
  ;

recurrenceExcept : EXCEPT QUARTER NUMBER (COMMA NUMBER)* ;

// "falls it on a Saturday, Sunday or holiday, then the next working day" (the agreement's
// calendar): only where the clause says so, never by default (Atw, DESIGN.md).
rollForward : OR NEXT WORKING DAY ;

capYear : AGREEMENT YEAR | CALENDAR YEAR ;

// "each at most half a year, extendable once by at most half a year"
instanceExtension : EXTENDABLE (ONCE | NUMBER TIMES) BY AT MOST duration ;

accessionSpec
  : WITH CONSENT OF ALL PARTIES               # accessionWithConsent
  | ALLOWED                                   # accessionAllowed
  ;

// ---- scenarios -------------------------------------------------------------------------------

scenarioDecl : SCENARIO ident STRING? LBRACE scenarioEvent* RBRACE ;

scenarioEvent : moment eventKind eventArg* ;

// Event kinds that are also keywords of the language are allowed by name.
eventKind : ident | NOTICE | TERMINATE | DISSOLVE | WITHDRAW | EXPEL | SIGNING | PARAM ;

moment : DATE | DATETIME ;

eventArg
  : BY ident                                  # byArg
  | OF ident                                  # ofArg
  | UNDER articleId                           # underArg
  | FORM ident                                # formArg
  | OUTCOME ident                             # outcomeArg
  | NAME STRING                               # nameArg
  | NOTE text                                 # eventNoteArg
  | EFFECTIVE date                            # effectiveArg
  | FOR periodRef                             # forArg
  | CURE duration                             # cureArg
  // a group's decision: the members in favour, or how many
  | VOTES (NUMBER | identList)                # votesArg
  ;

// The period a `done` is for: a year (2026), a quarter (Q3 2020), or a day in it (2026-03-01).
periodRef : NUMBER | ident NUMBER | DATE ;

// ---- expectations ---------------------------------------------------------------------------

// An answer the authors expect, under a scenario of the file (`under NAME`), a scenario file
// (`under "scenarios/x.scenario"`, relative to this file) or no events at all (no `under`).
// One claim after a colon, or several in a block. `agree test` asks each (docs/testing.md).
expectDecl : EXPECT (UNDER scenarioRef)? (COLON claim | LBRACE claim* RBRACE) ;
scenarioRef : ident | STRING ;

claim
  // `heliomare bound on 2027-11-01 under 8.2, 16.2`: the verdict, and clauses among the reasons
  : ident NOT? BOUND ON date (UNDER articleIdList)?          # boundClaim
  | NOT? IN FORCE ON date                                     # inForceClaim
  // `ends 2027-08-18 by notice under 16.2`, `ends not before 2030-01-01`, `ends never`
  | ENDS (date BY endCause (UNDER articleId)? | NOT BEFORE date | NEVER)   # endsClaim
  // an agenda item of the clause (a duty, a deadline, a last day for notice) on that day
  | DUE articleId ON date                                     # dueClaim
  // compliance judged as of the date (`per`): a violation of the clause, or none at all
  | VIOLATES (articleId | NOTHING) PER date                   # violatesClaim
  ;
// What ends the agreement: its term running out, or the act or event that ends it.
endCause : TERM | eventKind ;

// ---- small pieces ----------------------------------------------------------------------------

text : STRING+ ;
identList : ident (COMMA ident)* ;
articleIdList : listedArticle (COMMA listedArticle)* ;
listedArticle : articleId | PARAM ;
articleId : NUMBER | DOTTED | STRING ;
date : DATE ;
duration : NUMBER unit | PARAM ;
unit : DAY | DAYS | WEEK | WEEKS | MONTH | MONTHS | YEAR | YEARS | HOUR | HOURS | WORKING (DAY | DAYS) ;
// Keywords added after names could already be written with them stay usable as names.
ident : IDENT | PERIOD | LABEL | PREVIOUS | HALFYEARLY | BODY | MAJORITY | UNANIMITY | INCLUDING | PARTIES
      | RETROACTIVE | SCHEDULED | BETWEEN | AND | VOTES | FIRST | FROM | BOUND | FORCE | NEVER | NOTHING ;

// ---- lexer -----------------------------------------------------------------------------------

IMPORT : 'import' ;
AGREEMENT : 'agreement' ;
TITLE : 'title' ;
VERSION : 'version' ;
LANGUAGE : 'language' ;
GOVERNING : 'governing' ;
LAW : 'law' ;
ENFORCEABLE : 'enforceable' ;
YES : 'yes' ;
NO : 'no' ;
SIGNED : 'signed' ;
AT : 'at' ;
PREAMBLE : 'preamble' ;
NOTE : 'note' ;
UNDER : 'under' ;
PARTY : 'party' ;
PARTIES : 'parties' ;
NAME : 'name' ;
SHORT : 'short' ;
SEAT : 'seat' ;
REGISTRATION : 'registration' ;
REPRESENTATIVE : 'representative' ;
ROLE : 'role' ;
PLACEHOLDER : 'placeholder' ;
GROUP : 'group' ;
MEMBERS : 'members' ;
EVENT : 'event' ;
ARTICLE : 'article' ;
CLAUSE : 'clause' ;
TEXT : 'text' ;
DUTY : 'duty' ;
EFFORT : 'effort' ;
PROHIBITION : 'prohibition' ;
PERMISSION : 'permission' ;
POWER : 'power' ;
PROVISION : 'provision' ;
HOLDERS : 'holders' ;
COUNTERPARTY : 'counterparty' ;
EACH : 'each' ;
ALL : 'all' ;
OTHER : 'other' ;
OF : 'of' ;
START : 'start' ;
ON : 'on' ;
SIGNING : 'signing' ;
TERM : 'term' ;
MINIMUM : 'minimum' ;
UNTIL : 'until' ;
INDEFINITE : 'indefinite' ;
RENEW : 'renew' ;
AUTOMATICALLY : 'automatically' ;
EVERY : 'every' ;
MOST : 'most' ;
TIMES : 'times' ;
IF : 'if' ;
UNLESS : 'unless' ;
NOTICE : 'notice' ;
BEFORE : 'before' ;
END : 'end' ;
ANY : 'any' ;
TIME : 'time' ;
BY : 'by' ;
FORM : 'form' ;
TERMINATE : 'terminate' ;
DISSOLVE : 'dissolve' ;
WITHDRAW : 'withdraw' ;
EXPEL : 'expel' ;
IMMEDIATELY : 'immediately' ;
WITH : 'with' ;
WHEN : 'when' ;
THEN : 'then' ;
CURE : 'cure' ;
REASONABLE : 'reasonable' ;
WHILE : 'while' ;
LASTING : 'lasting' ;
OUTCOME : 'outcome' ;
SURVIVES : 'survives' ;
SURVIVAL : 'survival' ;
INDEFINITELY : 'indefinitely' ;
FOR : 'for' ;
DEADLINE : 'deadline' ;
WITHIN : 'within' ;
AFTER : 'after' ;
RECURS : 'recurs' ;
DUE : 'due' ;
IN : 'in' ;
ADVANCE : 'advance' ;
NEXT : 'next' ;
QUARTER : 'quarter' ;
EXCEPT : 'except' ;
LEAST : 'least' ;
PER : 'per' ;
CALENDAR : 'calendar' ;
FROM : 'from' ;
CAP : 'cap' ;
INSTANCE : 'instance' ;
EXTENDABLE : 'extendable' ;
ONCE : 'once' ;
QUARTERLY : 'quarterly' ;
HALFYEARLY : 'halfyearly' ;
MONTHLY : 'monthly' ;
YEARLY : 'yearly' ;
ACCESSION : 'accession' ;
CONSENT : 'consent' ;
ALLOWED : 'allowed' ;
SCENARIO : 'scenario' ;
DAY : 'day' ;
DAYS : 'days' ;
WEEK : 'week' ;
WEEKS : 'weeks' ;
MONTH : 'month' ;
MONTHS : 'months' ;
YEAR : 'year' ;
YEARS : 'years' ;
HOUR : 'hour' ;
HOURS : 'hours' ;
WORKING : 'working' ;
TEMPLATE : 'template' ;
APPLIES : 'applies' ;
OR : 'or' ;
USES : 'uses' ;
DURATION : 'duration' ;
EFFECTIVE : 'effective' ;
DATE_WORD : 'date' ;
LABEL : 'label' ;
PERIOD : 'period' ;
PREVIOUS : 'previous' ;
BODY : 'body' ;
DECISION : 'decision' ;
MAJORITY : 'majority' ;
UNANIMITY : 'unanimity' ;
INCLUDING : 'including' ;
RETROACTIVE : 'retroactive' ;
SCHEDULED : 'scheduled' ;
BETWEEN : 'between' ;
AND : 'and' ;
VOTES : 'votes' ;
FIRST : 'first' ;
EXPECT : 'expect' ;
BOUND : 'bound' ;
NOT : 'not' ;
FORCE : 'force' ;
ENDS : 'ends' ;
NEVER : 'never' ;
VIOLATES : 'violates' ;
NOTHING : 'nothing' ;

LBRACE : '{' ;
RBRACE : '}' ;
COMMA : ',' ;
LPAREN : '(' ;
RPAREN : ')' ;
COLON : ':' ;
EQUALS : '=' ;

DATETIME : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT 'T' DIGIT DIGIT ':' DIGIT DIGIT ;
DATE : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT ;
// A month without a day (2019-02): only a signing may be known so vaguely.
YEAR_MONTH : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT ;
MONTH_DAY : '--' DIGIT DIGIT '-' DIGIT DIGIT ;
// A share of a group's members (2/3): a decision's threshold.
FRACTION : DIGIT+ '/' DIGIT+ ;
// Something date-like in another shape (2025-2-3, 03-10-2024): reported as a malformed date.
BAD_DATE : DIGIT+ ('-' | '/') DIGIT+ (('-' | '/') DIGIT+)? ;
DOTTED : DIGIT+ ('.' DIGIT+)+ ;
NUMBER : DIGIT+ ;
IDENT : [a-zA-Z_] [a-zA-Z0-9_]* ;
// A template parameter, inside a template's body.
PARAM : '$' [a-zA-Z_] [a-zA-Z0-9_]* ;

// A text stays on one line (a line break inside is written \n; adjacent texts are joined),
// so a missing quote is reported on its own line instead of pairing with a later one.
STRING : '"' ( ~["\\\n] | '\\' ~[\n] )* '"' ;
// A string that never closes on its line: reported at its opening quote.
UNTERMINATED_STRING : '"' ( ~["\\\n] | '\\' ~[\n] )* '\\'? ;

LINE_COMMENT : '//' ~[\r\n]* -> channel(HIDDEN) ;
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN) ;
// Cannot contain `*/`, so a closed comment is never mistaken for an unclosed one.
UNTERMINATED_COMMENT : '/*' ( ~'*' | '*'+ ~[*/] )* '*'* EOF ;
WS : [ \t\r\n\u000C\u00A0\uFEFF]+ -> channel(HIDDEN) ;

// Anything else is one bad character; the parser reports it where it stands.
BAD_CHAR : . ;

fragment DIGIT : [0-9] ;
