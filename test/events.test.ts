// Events, dates, who responded to whom, and conflicting claims: on the seeds and on invented articles.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Store, DataFactory } from 'n3';
import { buildGraph, evaluate, extractArticle, extractCorpus, findDates, loadLexicons, toIsoDate, readGold, viewGraph, type ArticleExtraction, type ArticleInput, type BuildResult, type CorpusExtraction } from '../src/index.js';
import { nkg, DEFAULT_BASE } from '../src/vocab.js';
import { ARTICLES, ROOT } from './helpers/cli.js';

const { namedNode } = DataFactory;
const id = (p: string) => namedNode(DEFAULT_BASE + p);
const local = (iri: string) => iri.replace(DEFAULT_BASE, '');

function article(idText: string, text: string, published?: string): ArticleInput {
  return { id: idText, source: idText, text, given: { lang: 'fr', published } };
}

describe('events, responses and conflicts in the five seed articles', () => {
  let result: BuildResult;
  let store: Store;
  beforeAll(async () => {
    result = await buildGraph([ARTICLES]);
    store = new Store(result.quads);
  });

  /** Person-level edges responder → responded-to, per article, from the statement-level links. */
  function responsesIn(prefix: string): string[] {
    const x = result.corpus.articles.find((a) => a.article.id.startsWith(prefix))!;
    const statements = new Map(x.statements.map((s) => [s.key, s]));
    return x.responses.flatMap((r) => {
      const from = statements.get(r.from)!.speaker!;
      const to = 'statement' in r.to ? [statements.get(r.to.statement)!.speaker!] : x.events.find((e) => e.local === (r.to as { event: number }).event)!.participants;
      return to.map((t) => `${local(from).replace(/^.*\//, '')} → ${t.replace(/^.*\//, '')}`);
    });
  }

  it.each([
    ['000', ['john-mccain', 'marco-rubio']],
    ['001', ['marco-rubio', 'judd-legum']],
    ['002', ['marco-rubio', 'lindsey-graham', 'john-mccain', 'wikileaks']],
    ['003', ['lindsey-graham', 'marco-rubio']],
    ['004', ['lindsey-graham', 'marco-rubio', 'wikileaks', 'the-verge']],
  ])('%s: critics respond to Trump’s proposal: %j', (prefix, critics) => {
    const x = result.corpus.articles.find((a) => a.article.id.startsWith(prefix))!;
    const proposal = x.events.find((e) => (e.type === 'proposal' || e.type === 'announcement') && e.participants.includes('person/donald-trump'))!;
    expect(proposal).toBeDefined();
    const statements = new Map(x.statements.map((s) => [s.key, s]));
    const toProposal = x.responses.filter((r) => 'event' in r.to && r.to.event === proposal.local).map((r) => statements.get(r.from)!.speaker!.replace(/^.*\//, ''));
    expect(new Set(toProposal)).toEqual(new Set(critics));
  });

  it('derives person-to-person respondedTo edges in the graph', () => {
    const responders = store.getSubjects(nkg.respondedTo, id('person/donald-trump'), null).map((s) => local(s.value)).sort();
    expect(responders).toEqual(['org/wikileaks', 'outlet/the-verge', 'person/john-mccain', 'person/judd-legum', 'person/lindsey-graham', 'person/marco-rubio', 'person/vladimir-putin']);
    expect(store.getObjects(id('org/white-house'), nkg.respondedTo, null).map((o) => local(o.value))).toEqual(['person/sergey-lavrov']);
  });

  it('links Putin’s denial to Trump’s questioning, and the White House’s denial to Lavrov', () => {
    expect(responsesIn('002')).toContain('vladimir-putin → donald-trump');
    for (const prefix of ['002', '003']) {
      const x = result.corpus.articles.find((a) => a.article.id.startsWith(prefix))!;
      const statements = new Map(x.statements.map((s) => [s.key, s]));
      const denial = x.responses.find((r) => r.cue === 'denial' && statements.get(r.from)!.speaker === 'person/vladimir-putin')!;
      const target = statements.get((denial.to as { statement: string }).statement)!;
      expect(target).toMatchObject({ speaker: 'person/donald-trump', text: expect.stringContaining('interrogé le président Poutine') });
    }
    expect(responsesIn('004')).toContain('white-house → sergey-lavrov');
  });

  it('links Trump’s reversal to his proposal', () => {
    const retraction = result.corpus.events.find((e) => e.type === 'retraction' && e.participants.includes('person/donald-trump'))!;
    const retracted = store.getObjects(id(`event/${retraction.key}`), nkg.retracts, null).map((o) => result.corpus.events.find((e) => `${DEFAULT_BASE}event/${e.key}` === o.value)!);
    expect(retracted.length).toBeGreaterThan(0);
    expect(retracted.every((e) => ['proposal', 'announcement'].includes(e.type) && e.participants.includes('person/donald-trump'))).toBe(true);
    expect(retraction.date).toBe('2017-07-10');
  });

  it('dates the tweets 2017-07-09 and 2017-07-10', () => {
    const tweets = result.corpus.articles.flatMap((a) => a.statements.filter((s) => s.handle === 'realDonaldTrump'));
    expect(tweets.filter((t) => t.text.startsWith('Putin & I')).map((t) => t.date)).toEqual(['2017-07-09', '2017-07-09']);
    expect(tweets.filter((t) => t.text.startsWith('The fact that')).map((t) => t.date)).toEqual(['2017-07-10', '2017-07-10']);
  });

  it('makes one meeting node and finds the conflict on its date: 7 July against Saturday 8 July', () => {
    const meetings = result.corpus.events.filter((e) => e.type === 'meeting');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.participants).toEqual(['person/donald-trump', 'person/vladimir-putin']);
    expect(meetings[0]!.reports.map((r) => r.article.slice(0, 3)).sort()).toEqual(['000', '001', '002', '003', '004']);
    const conflict = result.corpus.conflicts.find((c) => c.event === meetings[0]!.key)!;
    expect(conflict.claims.map((c) => [c.article.slice(0, 3), c.date, c.evidence?.text]).sort()).toEqual([
      ['001', '2017-07-07', '7 juillet'],
      ['004', '2017-07-08', 'samedi 8 juillet'],
    ]);
    const claimOf = (a: string) => id(`claim/${meetings[0]!.key}-${a}`);
    expect(store.getObjects(claimOf('001-b77b25c23546d609'), nkg.conflictsWith, null)).toEqual([claimOf('004-32735ab40d79810e')]);
    expect(store.getObjects(claimOf('004-32735ab40d79810e'), nkg.conflictsWith, null)).toEqual([claimOf('001-b77b25c23546d609')]);
  });

  it('reaches the targets on the seed gold: responses and events F1 ≥ 0.80', async () => {
    const report = evaluate(viewGraph(result.quads), await readGold(path.join(ROOT, 'test/gold/seeds.json')));
    expect(report.responses.f1).toBeGreaterThanOrEqual(0.8);
    expect(report.events.f1).toBeGreaterThanOrEqual(0.8);
  });
});

describe('events and responses in invented articles', () => {
  async function corpus(...articles: ArticleInput[]): Promise<CorpusExtraction> {
    return extractCorpus(articles);
  }
  /** One French article, extracted through the corpus step as a build reads it. */
  const oneArticle = async (id: string, text: string, published: string): Promise<ArticleExtraction> => (await corpus(article(id, text, published))).articles[0]!;
  /** "speaker → speaker answered" for each response to a statement, with its cue when asked. */
  const responseEdges = (x: ArticleExtraction, withCue = false) => {
    const statements = new Map(x.statements.map((st) => [st.key, st]));
    return x.responses.map((r) => `${statements.get(r.from)!.speaker} → ${'statement' in r.to ? statements.get(r.to.statement)?.speaker : ''}${withCue ? ` (${r.cue})` : ''}`);
  };
  /** "speaker → person answered" for each response to someone the article does not quote. */
  const agentEdges = (x: ArticleExtraction) => {
    const statements = new Map(x.statements.map((st) => [st.key, st]));
    return x.responses.flatMap((r) => ('agent' in r.to ? [`${statements.get(r.from)!.speaker} → ${r.to.agent}`] : []));
  };
  const responders = (c: CorpusExtraction) =>
    c.articles.flatMap((x) => {
      const statements = new Map(x.statements.map((s) => [s.key, s]));
      return x.responses.map((r) => `${statements.get(r.from)!.speaker!.replace(/^.*\//, '')}:${r.cue}`);
    });

  it.each([
    ['a critical verb', '« C’est un cadeau fait aux pollueurs », a fustigé la députée Claire Morvan.', 'claire-morvan:criticism'],
    ['the proposer named', '« Paul Lambert se trompe de combat », a déclaré la députée Claire Morvan.', 'claire-morvan:names-actor'],
    ['the proposal’s words repeated', '« Une taxe carbone aux frontières ne protégera personne », a déclaré la députée Claire Morvan.', 'claire-morvan:shares-topic'],
  ])('a reaction by %s', async (_name, reaction, expected) => {
    const c = await corpus(article('a.txt', `Le ministre Paul Lambert a proposé mardi une taxe carbone aux frontières de l’Union.\n\n${reaction}`, '2024-05-15'));
    expect(responders(c)).toEqual([expected]);
  });

  it('« La réponse est venue … du président des Républicains, X. « … » »: an answer announced by a sentence that names who gives it answers the words before', async () => {
    const text = 'La socialiste Claire Vasseur a annoncé mardi une plainte contre Étienne Morvan.\n\nLe débat a aussi été marqué par une phrase de Sophie Lemarchand. « Au second tour, la porte ne sera fermée à personne qui veut redresser Paris », a déclaré la députée.\n\nLa réponse est venue dès lundi soir du président des Républicains, Bertrand Castaing. « Aucune alliance avec la macronie, ni au premier ni au second tour », a-t-il écrit sur X.';
    const x = await oneArticle('r.txt', text, '2026-03-03');
    expect(responseEdges(x)).toContain('person/bertrand-castaing → person/sophie-lemarchand');
  });

  it('« « M. Benali a besoin d’ennemis » », a-t-elle rétorqué »: a retort naming someone the article does not quote answers them, not a gathering they were named in', async () => {
    // (The lead's interview names him too: a gathering is no act of his to answer.)
    const text = "Sophie Lemarchand sur RTL\n\nInvitée de RTL mercredi, Sophie Lemarchand a évoqué Karim Benali et Étienne Morvan. Interrogée sur Karim Benali, qui l'a qualifiée de « candidate de l'Élysée », elle a balayé l'attaque. « Je ne suis la candidate de personne d'autre que des Parisiens. M. Benali a besoin d'ennemis, moi j'ai besoin de solutions », a-t-elle rétorqué.";
    const x = await oneArticle('b.txt', text, '2026-03-04');
    expect(agentEdges(x)).toContain('person/sophie-lemarchand → person/karim-benali');
  });

  it('« Ses explications ont suscité une pluie de réactions »: a run the article opens as reactions to someone’s words answers them', async () => {
    const text = "Audition de Bertrand Vasseur : la classe politique réclame des comptes\n\nEntendu mercredi par la commission d'enquête, Bertrand Vasseur a reconnu qu'une alarme de l'usine était désactivée depuis décembre. Ses explications ont suscité une pluie de réactions.\n\n« Il faut une loi, et il la faut vite », a déclaré la sénatrice socialiste Claire Lemonnier.\n\n« Nos habitants ont le droit de savoir ce qui s'est passé », a déclaré la maire de Saint-Avé, Annick Le Bihan.";
    const x = await oneArticle('h.txt', text, '2026-02-25');
    expect(responseEdges(x)).toEqual(['person/claire-lemonnier → person/bertrand-vasseur', 'person/annick-le-bihan → person/bertrand-vasseur']);
  });

  it('« Interpellé par le socialiste Mathieu Roche, le ministre … a assuré »: the party named as a noun before a name is no one answered; its member is', async () => {
    const text = "Titre\n\nLa bataille a gagné l'Assemblée. Les socialistes dénoncent l'implication du gouvernement. Interpellé par le socialiste Mathieu Roche sur l'implication de ministres aux côtés de Sophie Lemarchand, le ministre de l'Intérieur, Laurent Desmarais, a assuré que « la neutralité de l'État n'est pas négociable ».";
    const x = await oneArticle('s.txt', text, '2026-03-05');
    expect(agentEdges(x)).toEqual(['person/laurent-desmarais → person/mathieu-roche']);
  });

  it('« a répliqué à La France insoumise »: a party that said nothing is answered through its member who spoke last (« le député LFI X »)', async () => {
    const text = "Eau : la ministre répond aux Insoumis\n\nÀ l'Assemblée, le député LFI du Val-de-Marne Yanis Belkacem a accusé mardi l'exécutif d'avoir « fermé les yeux pendant des années ».\n\nLa ministre Hélène Carrier a répliqué à La France insoumise qu'elle « ne protège personne ».";
    const x = await oneArticle('m.txt', text, '2026-03-03');
    expect(responseEdges(x)).toEqual(['person/helene-carrier → person/yanis-belkacem']);
  });

  it('« Interpellée par X, la ministre de la Transition écologique a annoncé … »: the title that opens the clause acted, not the questioner', async () => {
    const text = 'Questions au gouvernement : Hélène Carrier promet une loi\n\nInterpellée mardi par l’insoumis Yanis Belkacem, la ministre de la Transition écologique a annoncé que l’exécutif soutiendrait la proposition de loi de la sénatrice Claire Lemonnier.';
    const x = await oneArticle('c.txt', text, '2026-03-03');
    expect(x.events.filter((e) => e.type === 'announcement').map((e) => e.participants)).toEqual([['person/helene-carrier']]);
  });

  it('« les députés ont adopté »: a body’s members as the subject of its act stand for the body the article named', async () => {
    const text = "Fin de vie\n\nLe texte a été présenté à l'Assemblée nationale en février.\n\nMardi 10 mars, les députés ont adopté le projet de loi par 301 voix contre 229.";
    const x = await oneArticle('d.txt', text, '2026-03-13');
    expect(x.events.map((e) => [e.type, e.date, e.participants])).toContainEqual(['other', '2026-03-10', ['org/assemblee-nationale']]);
  });

  it('the votes an article tells on one day are one event, its report naming who carried it', async () => {
    const text = "Fin de vie : l'Assemblée adopte le texte\n\nL'Assemblée nationale a adopté mardi 10 mars en première lecture le projet de loi sur l'aide à mourir, par 301 voix contre 229.\n\nDans le détail, La France insoumise a voté très majoritairement pour. Le Rassemblement national a voté contre.";
    const x = await oneArticle('v.txt', text, '2026-03-11');
    expect(x.events.filter((e) => e.type === 'other').map((e) => [e.date, e.participants])).toEqual([['2026-03-10', ['org/assemblee-nationale']]]);
  });

  it('« Le PAS a rejeté ces demandes. Sa porte-parole, X, a assuré … »: the body’s voice gives the answer the body gave', async () => {
    const text = "Le chef du groupe socialiste, Vasile Guțu, a réclamé la démission du gouvernement.\n\nLe Parti Action et Solidarité (PAS) a rejeté ces demandes, répondant à Vasile Guțu. Sa porte-parole, Doina Sîrbu, a assuré que la majorité n'avait rien à cacher.";
    const x = await oneArticle('v.txt', text, '2025-11-19');
    expect(responseEdges(x)).toContain('person/doina-sirbu → person/vasile-gutu');
  });

  it('a retort whose words name someone who spoke answers them, not the voice just before', async () => {
    const text = 'Mayor Teresa Quinlan said she would veto the amendment because the library never asked for it.\n\nKeisha Montrose, who represents library staff, said the library had asked three times.\n\nCouncilwoman Ana Lucía Serrano fired back on Tuesday: "Nobody is taking officers off the Mall. The mayor knows that."';
    const c = await corpus({ ...article('r.txt', text, '2025-11-12'), given: { lang: 'en', published: '2025-11-12' } });
    expect(responseEdges(c.articles[0]!).filter((e) => e.startsWith('person/ana-lucia-serrano'))).toEqual(['person/ana-lucia-serrano → person/teresa-quinlan']);
  });

  it('"fired back" is no sacking, and "Whitaker, who voted yes," describes him by no act of the story', async () => {
    const c = await corpus({ ...article('f.txt', 'Serrano fired back on Tuesday afternoon.\n\nCouncil President Darnell Whitaker, who voted yes, has been careful not to escalate.', '2025-11-13'), given: { lang: 'en', published: '2025-11-13' } });
    expect(c.articles[0]!.events).toEqual([]);
    // An auxiliary between the pronoun and the act; a denied act: « n'a pas démissionné », "would not resign".
    const more = await corpus({ ...article('g.txt', 'Council President Darnell Whitaker, who had resigned in 2019, came back.\n\nMayor Ruth Okafor insisted on Tuesday that she would not resign.', '2025-11-13'), given: { lang: 'en', published: '2025-11-13' } });
    expect(more.articles[0]!.events).toEqual([]);
    const french = await corpus(article('h.txt', 'Le ministre Paul Lambert n’a pas démissionné mardi, malgré la pression.', '2025-11-13'));
    expect(french.articles[0]!.events).toEqual([]);
  });

  it('"quit cabinet" is a resignation: an act of its subject, which the reactions after it answer', async () => {
    const c = await corpus({ ...article('q.txt', 'Transport Minister Angela Pirotta quit cabinet on Sunday afternoon, two days after a newspaper revealed a contract.\n\nPremier Claire Ashworth said she had accepted the resignation and that Pirotta had done the honourable thing.', '2025-08-11'), given: { lang: 'en', published: '2025-08-11' } });
    const quit = c.articles[0]!.events.find((e) => e.type === 'other');
    expect(quit?.participants).toEqual(['person/angela-pirotta']);
    expect(quit?.date).toBe('2025-08-10');
    expect(responders(c)).toEqual(['claire-ashworth:names-actor']);
  });

  it('a run of reactions: the second critic, right after the first, answers the same proposal; after a resignation, the next voice answers nobody by default', async () => {
    const c = await corpus(article('a.txt', 'Le ministre Paul Lambert a proposé mardi une taxe carbone.\n\n« C’est un cadeau fait aux pollueurs », a fustigé la députée Claire Morvan.\n\nEt l’économiste Hugo Marchal résumait : « On paiera deux fois, comme toujours. »', '2024-05-15'));
    expect(responders(c)).toEqual(['claire-morvan:criticism', 'hugo-marchal:reaction-sequence']);
    const resigned = await corpus(article('b.txt', 'Le ministre Paul Lambert a démissionné mardi.\n\n« C’est un aveu d’échec », a fustigé la députée Claire Morvan.\n\nEt l’économiste Hugo Marchal résumait : « On paiera deux fois, comme toujours. »', '2024-05-15'));
    expect(responders(resigned)).toEqual(['claire-morvan:criticism']);
    // Unless the article says the voices that follow are reactions (« Voici comment la classe politique a réagi. »).
    const roundUp = await corpus(article('d.txt', 'Le ministre Paul Lambert a démissionné mardi.\n\nVoici comment la classe politique a réagi.\n\n« C’est un aveu d’échec », a fustigé la députée Claire Morvan.\n\nEt l’économiste Hugo Marchal résumait : « On paiera deux fois, comme toujours. »', '2024-05-15'));
    expect(responders(roundUp)).toEqual(['claire-morvan:criticism', 'hugo-marchal:reaction-sequence']);
    // A sentence that says the act drew reactions opens the run: the first voice after it reacts too.
    const opened = await corpus(article('c.txt', 'Le ministre Paul Lambert a proposé mardi une taxe carbone.\n\nL’annonce a été accueillie avec scepticisme par l’opposition.\n\nEt l’économiste Hugo Marchal résumait : « On paiera deux fois, comme toujours. »', '2024-05-15'));
    expect(responders(opened)).toEqual(['hugo-marchal:reaction-sequence']);
  });

  it('in a round-up, a body\'s reported position is no reaction, in a run or on the same subject; its own quoted words are', async () => {
    const head = 'Le ministre Paul Lambert a proposé mardi une taxe carbone.\n\n« C’est un cadeau fait aux pollueurs », a fustigé la députée Claire Morvan.\n\n';
    const reported = await corpus(article('a.txt', `${head}La FNSEA a indiqué qu’une réunion aurait lieu jeudi.`, '2024-05-15'));
    expect(responders(reported)).toEqual(['claire-morvan:criticism']);
    const sameWords = await corpus(article('c.txt', 'Le ministre Paul Lambert a proposé mardi une taxe carbone sur les engrais.\n\nLa FNSEA a indiqué que la taxe carbone sur les engrais coûterait 300 millions d’euros.', '2024-05-15'));
    expect(responders(sameWords)).toEqual([]);
    const quoted = await corpus(article('b.txt', `${head}« On paiera deux fois, comme toujours », a écrit la FNSEA.`, '2024-05-15'));
    expect(responders(quoted)).toEqual(['claire-morvan:criticism', 'fnsea:reaction-sequence']);
  });

  it('"Pryce wrote to Hallam …, saying …", « a écrit au ministre »: whom a letter is written to is whom it answers', async () => {
    const en = await corpus({ ...article('w.txt', 'Prime Minister Richard Hallam said he had "full confidence" in his minister.\n\nConservative leader Catherine Pryce wrote to Hallam on Monday demanding an inquiry, saying the public deserved to know "whether policy in this government is for sale".', '2026-10-13'), given: { lang: 'en', published: '2026-10-13' } });
    expect(responders(en)).toEqual(['catherine-pryce:addressee']);
  });

  it('a demand that someone go answers them: « a réclamé la démission du maire », "called for Hartley\'s resignation", "urged Hartley to resign"', async () => {
    const fr = await corpus(article('a.txt', 'Le maire Bertrand Séverac a été condamné lundi.\n\nCôté RN, le conseiller Sébastien Pujol a lui aussi réclamé la démission de Bertrand Séverac.', '2026-10-20'));
    expect(responders(fr)).toEqual(['sebastien-pujol:criticism']);
    const en = await corpus({ ...article('b.txt', 'Energy Secretary Joanna Hartley faced questions on Monday.\n\nThe Green MP Sian Berry called for Hartley\'s resignation. The Reform MP Darren Pike urged Hartley to resign.', '2026-10-13'), given: { lang: 'en', published: '2026-10-13' } });
    expect(responders(en)).toEqual(['sian-berry:criticism', 'darren-pike:criticism']);
  });

  it('a demand made of someone answers them: "said Whitfield must appoint an inquiry", « estime que le ministre doit s\'expliquer »', async () => {
    const en = await corpus({ ...article('b.txt', 'Premier Gordon Whitfield said he never saw the report.\n\nNDP Leader Marianne Gauthier said Whitfield must immediately appoint an independent inquiry.', '2026-09-14'), given: { lang: 'en', published: '2026-09-14' } });
    expect(responders(en)).toEqual(['marianne-gauthier:criticism']);
    const fr = await corpus(article('a.txt', 'Le ministre Étienne Marchal a défendu les coupes.\n\nLe député Philippe Aubanel a estimé que Marchal devra s\'expliquer devant la représentation nationale.', '2026-08-13'));
    expect(responders(fr)).toEqual(['philippe-aubanel:criticism']);
  });

  it('a quote that speaks to someone by name answers them: « Monsieur X, … », "Josh, with respect, …"', async () => {
    const fr = await corpus(article('a.txt', 'Le Premier ministre Paul Lambert a défendu la réforme des pensions.\n\nDevant les grévistes, la syndicaliste Marie Dupuis s’est emportée : « Monsieur Lambert, recevez enfin les syndicats ! »', '2024-05-15'));
    expect(responders(fr)).toEqual(['marie-dupuis:addressee']);
    const en = await corpus({ ...article('b.txt', 'Swimmer Josh Tremain said the review was unfair to coaches.\n\nOlympian Kate Horvath replied on social media. "Josh, with respect, you were in the room," she wrote.', '2024-05-15'), given: { lang: 'en', published: '2024-05-15' } });
    const x = en.articles[0]!;
    const statements = new Map(x.statements.map((st) => [st.key, st]));
    expect(x.responses.map((r) => `${statements.get(r.from)!.speaker} → ${'agent' in r.to ? r.to.agent : statements.get((r.to as { statement: string }).statement)?.speaker}`)).toContain('person/kate-horvath → person/josh-tremain');
  });

  it('a tweet introduced by "X replied" answers the tweet before it; "Mr Munro shouted" attributes a quote', async () => {
    const text = 'Islanders are angry.\n\nDay 9 without a ferry. Someone in Edinburgh please pick up the phone.\n— Morag Kennedy (@MoragColla) August 5, 2025\n\nThe post was shared 8,000 times. The operator replied the following afternoon.\n\nWe are very sorry for the disruption on the Colla route. A charter will operate from Thursday.\n— Hebridean Island Ferries (@HIFerries) August 6, 2025\n\n"Give us a boat," Mr Munro shouted from the back of the hall.';
    const c = await corpus({ ...article('a.txt', text, '2025-08-14'), given: { lang: 'en', published: '2025-08-14' } });
    const x = c.articles[0]!;
    const edges = responseEdges(x);
    expect(edges).toContain('org/hebridean-island-ferries → person/morag-kennedy');
    expect(x.statements.find((st) => st.text === 'Give us a boat')?.speaker).toBe('person/munro');
  });

  it('a quote naming someone answers them when they are among the last few people to speak, however many times the others spoke', async () => {
    const text = 'The club said in a statement that it was "reviewing the findings".\n\n"It read like a lawyer wrote it," swimmer Kate Horvath said. "Nobody called me." "Nobody called anyone," she added.\n\nCoach Josh Tremain said the review was "unfair". "It is one-sided," he said.\n\nSenator Bree Tanner said: "The club has had years to fix this."';
    const c = await corpus({ ...article('a.txt', text.replace(/The club/g, 'The Northbridge Swimming Association'), '2025-07-06'), given: { lang: 'en', published: '2025-07-06' } });
    const x = c.articles[0]!;
    const edges = responseEdges(x);
    expect(x.statements.find((st) => st.text === 'It read like a lawyer wrote it')?.speaker).toBe('person/kate-horvath');
    expect(edges).toContain('person/bree-tanner → org/northbridge-swimming-association');
  });

  it('criticism that names no one, in an article about one person who has spoken, is aimed at that person', async () => {
    const text = 'Budget : Sophie Marchand défend ses compressions\n\nLa ministre des Finances, Sophie Marchand, a défendu lundi un budget « responsable ».\n\n« Nous tenons nos engagements », a-t-elle affirmé devant les journalistes.\n\nSon critique aux Finances, Frédéric Dansereau, a dénoncé des « coupes déguisées dans les services aux aînés ».';
    const c = await corpus(article('a.txt', text, '2025-03-31'));
    const x = c.articles[0]!;
    const edges = responseEdges(x, true);
    // (Her words in the lead are what the criticism reacts to.)
    expect(edges).toContain('person/frederic-dansereau → person/sophie-marchand (criticism)');
    // Unless the criticism's object is a body: « a accusé le gouvernement de … » is aimed at the government.
    const atBody = await corpus(article('b.txt', text.replace('a dénoncé des « coupes déguisées dans les services aux aînés ».', 'a accusé le gouvernement de sabrer les services aux aînés.'), '2025-03-31'));
    expect(responseEdges(atBody.articles[0]!, true).filter((e) => e.startsWith('person/frederic-dansereau'))).toEqual([]);
  });

  it('a statement whose sentence names someone\'s words or says whom it answers answers that person (« Interrogé sur les critiques de X, Y a … », "in response to Ms Lowry")', async () => {
    const text = "La sénatrice Sandrine Oudart a dénoncé « un recul historique ».\n\nInterrogé sur les critiques de Sandrine Oudart, le rapporteur Bertrand Coudray a renvoyé la balle au gouvernement : « Le Sénat n'a rien supprimé. »";
    const c = await corpus(article('a.txt', text, '2026-03-11'));
    const x = c.articles[0]!;
    const edges = responseEdges(x, true);
    expect(edges).toContain('person/bertrand-coudray → person/sandrine-oudart (addressee)');
    const en = await corpus({ ...article('b.txt', 'Labor leader Rebecca Lowry said the closure was a betrayal of the town.\n\nIn response to Ms Lowry, Premier Michael Hollis said the mill had been losing money for years.', '2025-10-14'), given: { lang: 'en', published: '2025-10-14' } });
    const y = en.articles[0]!;
    expect(responseEdges(y, true)).toContain('person/michael-hollis → person/rebecca-lowry (addressee)');
  });

  it("a statement about someone's answer (« la réponse du ministre ») answers them", async () => {
    const text = "Le ministre Dragan Ilić a affirmé que les cartes étaient « une ébauche ».\n\nÀ la sortie de l'hémicycle, Tamara Vuk, coordinatrice d'une ONG, a estimé que la réponse du ministre « ne réglait rien ».";
    const c = await corpus(article('a.txt', text, '2025-05-29'));
    expect(responseEdges(c.articles[0]!, true)).toContain('person/tamara-vuk → person/dragan-ilic (addressee)');
  });

  it('a gathering (question time, a debate) is where people spoke, not an act that later statements react to', async () => {
    const text = "Lors des questions au gouvernement, la députée Mathilde Ferrandi a interpellé le ministre Bertrand Aubriot sur la fermeture de la maternité.\n\n« La fermeture de la maternité est une faute », a expliqué la maire Sandrine Vialatte, qui a fait le déplacement.";
    const c = await corpus(article('a.txt', text, '2026-01-13'));
    const x = c.articles[0]!;
    expect(x.events.find((e) => e.type === 'other')).toMatchObject({ gathering: true });
    const vialatte = x.statements.find((st) => st.speaker === 'person/sandrine-vialatte')!;
    expect(x.responses.filter((r) => r.from === vialatte.key)).toEqual([]);
  });

  it('question period, First Minister\'s Questions and a censure motion are gatherings, dated by the text', async () => {
    const fr = await corpus(article('p.txt', "La hausse des tarifs a monopolisé hier la période des questions, où le chef libéral Étienne Beaudry a pressé la ministre Geneviève Lapointe-Caron de reculer.", '2025-11-21'));
    expect(fr.articles[0]!.events.find((e) => e.gathering)).toMatchObject({ date: '2025-11-20', participants: ['person/etienne-beaudry', 'person/genevieve-lapointe-caron'] });
    const en = await corpus({ ...article('f.txt', "Labour leader Morag Kinnaird clashed with Fraser Lennox at First Minister's Questions on Thursday.", '2025-10-10'), given: { lang: 'en', published: '2025-10-10' } });
    expect(en.articles[0]!.events.find((e) => e.gathering)).toMatchObject({ date: '2025-10-09' });
  });

  it('the guest’s interview in the lead is a gathering of its day; one a round-up cites further down is not', async () => {
    const lead = "Invitée de la matinale de Radio Cerise ce mardi 14 octobre, la ministre Odile Fabrègue a défendu son plan.\n\n« Nous tiendrons les délais », a-t-elle assuré.";
    const later = "La ministre Odile Fabrègue a présenté son plan mardi.\n\nLe syndicat a protesté.\n\n« C'est trop tard », a estimé Paul Grenier au micro de Radio Cerise.";
    const x = await oneArticle('i.txt', lead, '2025-10-14');
    expect(x.events.find((e) => e.gathering)).toMatchObject({ date: '2025-10-14', participants: ['person/odile-fabregue'] });
    const y = await oneArticle('j.txt', later, '2025-10-15');
    expect(y.events.filter((e) => e.gathering)).toEqual([]);
    // « a répondu aux questions de X », a programme's name between « Invité » and « de ».
    const named = "Invité Afrique de RFI ce mercredi 9 avril 2025, le ministre du Commerce, Malam Sanhá, a répondu aux questions de Gaëlle Berthon.";
    const z = await oneArticle('k.txt', named, '2025-04-09');
    expect(z.events.find((e) => e.gathering)).toMatchObject({ date: '2025-04-09', participants: expect.arrayContaining(['person/gaelle-berthon']) });
  });

  it('what was done to someone (« inculpé », "fired") is no act of theirs that reactions answer', async () => {
    const c = await corpus(article('a.txt', 'Le bourgmestre Paul Lambert a été inculpé lundi pour prise illégale d’intérêts.\n\n« C’est une honte pour la commune », a fustigé la conseillère Claire Morvan.', '2024-05-15'));
    const x = c.articles[0]!;
    expect(x.events.find((e) => e.participants.includes('person/paul-lambert'))).toMatchObject({ undergone: true });
    expect(x.responses).toEqual([]);
  });

  it('"Asked about it by X, Y hit back: …" answers the attack just before; « a rejeté ces critiques » denies the criticism, not the remark between', async () => {
    const en = await corpus({ ...article('a.txt', 'The mayor Karen Lemoine announced a new hospital.\n\n"This plan is badly drafted and deeply unfair," said Labour MP David Lefebvre.\n\nAsked about the criticism by the Rochegaude Gazette, Lemoine hit back: "Those shouting today proposed nothing for ten years."', '2024-05-15'), given: { lang: 'en', published: '2024-05-15' } });
    const fr = await corpus(article('b.txt', 'La maire Marion Lowry a annoncé jeudi un péage urbain.\n\n« C’est une provocation », a dénoncé le député LFI Mathieu Hollis.\n\nMartin Anwar, économiste, a estimé que le financement restait flou.\n\nInterrogée par La Vigie de Valmeuse, Mme Lowry a rejeté ces critiques : « Je n’accepte pas ces caricatures ».', '2024-05-15'));
    const pairs = (c: CorpusExtraction) =>
      c.articles.flatMap((x) => {
        const st = new Map(x.statements.map((s) => [s.key, s]));
        return x.responses.filter((r) => 'statement' in r.to).map((r) => `${st.get(r.from)!.speaker} → ${st.get((r.to as { statement: string }).statement)!.speaker}`);
      });
    expect(pairs(en)).toContain('person/karen-lemoine → person/david-lefebvre');
    expect(pairs(fr)).toContain('person/marion-lowry → person/mathieu-hollis');
    // The verb after the quote has the critic for its subject: the party beside him is not whom he answers.
    expect(responders(fr)).toContain('mathieu-hollis:criticism');
  });

  it('« Interrogée par X, la ministre a reconnu … X a répliqué … La ministre a répondu … »: each reply answers the other side, not an older attack', async () => {
    const c = await corpus(article('a.txt', 'Le député Eduard Morell a dénoncé « un gouvernement sourd à la rue ». Interrogée par la conseillère Laia Torrent sur le nombre de logements livrés, la ministre du Logement, Núria Casalé, a reconnu un chiffre « insuffisant ». Laia Torrent a répliqué que « même à ce rythme-là, il faudrait un siècle ». La ministre a répondu que l\'opposition « n\'a pas voté un seul des crédits ».', '2025-03-20'));
    const x = c.articles[0]!;
    const st = new Map(x.statements.map((s) => [s.key, s]));
    const pairs = x.responses.filter((r) => 'statement' in r.to).map((r) => `${st.get(r.from)!.speaker} → ${st.get((r.to as { statement: string }).statement)!.speaker}`);
    expect(pairs).toEqual(['person/nuria-casale → person/laia-torrent', 'person/laia-torrent → person/nuria-casale', 'person/nuria-casale → person/laia-torrent']);
  });

  it('« a lancé à la ministre de l\'Énergie, X : « … » »: a role\'s holder is whom words are put to, and her words right after answer them', async () => {
    const c = await corpus(article('a.txt', "Le député Didier Namko a lancé à la ministre de l'Énergie, Clarisse Gbaz : « Vos promesses ne valent rien. » La ministre a indiqué que la turbine serait remise en service en juin.", '2025-05-15'));
    const x = c.articles[0]!;
    const st = new Map(x.statements.map((s) => [s.key, s]));
    expect(x.responses.map((r) => [st.get(r.from)!.speaker, r.cue])).toEqual([['person/didier-namko', 'addressee'], ['person/clarisse-gbaz', 'answer']]);
  });

  it('« La réponse n\'a pas tardé. »: a short sentence that announces an answer makes the next statement one', async () => {
    const text = "« Le gouvernement nous prend pour une chambre d'enregistrement », a dénoncé le député Marc Dulac. La réponse n'a pas tardé. Dans un communiqué, le gouvernement princier « regrette que des échanges techniques soient portés sur la place publique ».";
    const x = await oneArticle('a.txt', text, '2025-10-07');
    const st = new Map(x.statements.map((s) => [s.key, s]));
    expect(x.responses.map((r) => [st.get(r.from)!.speaker, st.get((r.to as { statement: string }).statement)?.speaker, r.cue])).toEqual([['org/gouvernement-princier', 'person/marc-dulac', 'answer']]);
  });

  it('« C\'est le Premier ministre lui-même qui lui a répondu. »: a short sentence whose verb of answering reports nothing makes the next words an answer', async () => {
    const text = "La socialiste Élodie Sarrat a demandé au gouvernement de « suspendre » l'examen du texte. « Vous n'avez plus la confiance de personne », a-t-elle lancé.\n\nC'est le Premier ministre lui-même qui lui a répondu. Laurent Vasselin a défendu « quatre mois de concertation » avec les syndicats.";
    const x = await oneArticle('a.txt', text, '2025-11-12');
    const st = new Map(x.statements.map((s) => [s.key, s]));
    expect(x.responses.map((r) => [st.get(r.from)!.speaker, st.get((r.to as { statement: string }).statement)?.speaker])).toContainEqual(['person/laurent-vasselin', 'person/elodie-sarrat']);
  });

  it('« tollé après les propos du ministre »: with no act in the lead, a round-up reacts to the words the person the article is about says there', async () => {
    const text = "Chômeurs sur le « canapé » : tollé après les propos du ministre du Travail\n\nPARIS, 14 sept 2026 (AFP) - Le ministre du Travail Gilles Fermont a déclenché lundi une vague d'indignation en affirmant que certains chômeurs finissaient par « préférer le canapé au chantier ».\n\nPour la secrétaire générale de la CGT, Nadia Rousset, il n'y a pas de quoi s'alarmer : « Ce débat n'intéresse personne. »\n\n« Parler de canapé quand les chantiers ferment, c'est indécent », a déclaré le numéro un de la CFDT, Julien Marsal.";
    const x = await oneArticle('a.txt', text, '2026-09-14');
    const st = new Map(x.statements.map((s) => [s.key, s]));
    const pairs = x.responses.map((r) => [st.get(r.from)!.speaker, st.get((r.to as { statement: string }).statement)?.speaker, r.cue]);
    expect(pairs).toContainEqual(['person/julien-marsal', 'person/gilles-fermont', 'shares-topic']);
    // (Words that share nothing with the remark are no reaction to it.)
    expect(pairs.filter(([from]) => from === 'person/nadia-rousset')).toEqual([]);
  });

  it('"X was not impressed.": a short sentence that says someone is unconvinced makes their next words an answer', async () => {
    const text = '"The figures on social media come from uncertified devices," deputy mayor Marat Ospanov told journalists.\n\nDana Serikova was not impressed. "If the official stations are so reliable, why are there only 16 of them?" she said.';
    const x = (await corpus({ ...article('a.txt', text, '2025-01-20'), given: { lang: 'en', published: '2025-01-20' } })).articles[0]!;
    const st = new Map(x.statements.map((s) => [s.key, s]));
    expect(x.responses.map((r) => [st.get(r.from)!.speaker, st.get((r.to as { statement: string }).statement)?.speaker])).toContainEqual(['person/dana-serikova', 'person/marat-ospanov']);
  });

  it('the actor of an act is the person beside the party in parentheses', async () => {
    const c = await corpus(article('a.txt', 'La ministre de la Justice, Valérie Stassart (Les Engagés), a annoncé jeudi la création de 480 places de prison.', '2025-11-06'));
    expect(c.articles[0]!.events.map((e) => e.participants)).toEqual([['person/valerie-stassart']]);
  });

  it('a verdict is the court\'s act: a round-up\'s reactions answer the court that gave it', async () => {
    const c = await corpus(article('a.txt', 'Le tribunal correctionnel de Libourne a reconnu coupable, mercredi 4 février, le maire de Montbrac, Paul Durand, de prise illégale d’intérêts.\n\n« C’est une décision d’une sévérité incompréhensible », a dénoncé son adjoint Marc Léger.\n\n« La justice est passée, et elle est passée pour tout le monde », a réagi l’opposante Claire Mounier.', '2026-02-05'));
    const x = c.articles[0]!;
    const verdict = x.events.find((e) => e.participants.includes('org/tribunal-correctionnel-de-libourne'));
    expect(verdict).toBeDefined();
    expect(x.responses.map((r) => ('event' in r.to ? r.to.event : undefined))).toEqual([verdict!.local, verdict!.local]);
  });

  it('what a court undoes it rules (« annule le scrutin du 9 février »: a verdict of its own day, not of the vote\'s), and the reactions answer it', async () => {
    const c = await corpus(article('a.txt', 'Le tribunal administratif de Libourne annule le scrutin du 9 février\n\nLe tribunal administratif de Libourne a annulé jeudi l’élection municipale partielle de Montbrac.\n\n« C’est une victoire pour les électeurs », a réagi la candidate Claire Mounier.', '2026-03-06'));
    const x = c.articles[0]!;
    const verdict = x.events.find((e) => e.participants.includes('org/tribunal-administratif-de-libourne'));
    expect([verdict?.type, verdict?.date]).toEqual(['other', '2026-03-05']);
    expect(x.responses.map((r) => ('event' in r.to ? r.to.event : undefined))).toEqual([verdict!.local]);
  });

  it('« Le tribunal a condamné X à dix-huit mois de prison » is the court\'s verdict, not its criticism: the reactions answer it', async () => {
    const c = await corpus(article('a.txt', 'Le tribunal correctionnel de Libourne a condamné mercredi le maire de Montbrac, Paul Durand, à dix-huit mois de prison avec sursis.\n\n« C’est une décision d’une sévérité incompréhensible », a dénoncé son avocate, Me Claire Mounier.\n\n« La justice est passée pour tout le monde », a réagi l’opposant Marc Vidal.', '2026-02-05'));
    const x = c.articles[0]!;
    const verdict = x.events.find((e) => e.participants.includes('org/tribunal-correctionnel-de-libourne'));
    expect([verdict?.type, verdict?.date]).toEqual(['other', '2026-02-04']);
    expect(x.statements.map((s) => s.speaker)).toEqual(['person/claire-mounier', 'person/marc-vidal']);
    expect(x.responses.map((r) => ('event' in r.to ? r.to.event : undefined))).toEqual([verdict!.local, verdict!.local]);
  });

  it('« a-t-elle lancé au ministre » answers the minister; his retort right after answers her, not the criticism before', async () => {
    const c = await corpus(article('a.txt', 'Le ministre de la Santé, Luc Bérubé, a défendu la fermeture.\n\nLe député Simon Allard a accusé le gouvernement d\'avoir « vidé le réseau public ».\n\nLa députée Mélanie Thibodeau a porté le dernier coup.\n\n« Ce n\'est pas une question de chiffres, c\'est une question d\'équité », a-t-elle lancé au ministre.\n\n« Le Parti québécois propose des motions, moi, je cherche des infirmières », a répliqué Luc Bérubé.', '2025-04-09'));
    const edges = responseEdges(c.articles[0]!, true);
    expect(edges.filter((e) => e.startsWith('person/melanie-thibodeau') || e.includes('(answer)'))).toEqual(['person/melanie-thibodeau → person/luc-berube (addressee)', 'person/luc-berube → person/melanie-thibodeau (answer)']);
  });

  it('"Ouellette\'s press secretary, Chloé Brassard, said …": the actor\'s own staff defend the act and react to nothing', async () => {
    const c = await corpus({ ...article('a.txt', ''), given: { lang: 'en', published: '2025-06-17' }, text: 'Airlines will pay compensation under new regulations announced Tuesday by Transport Minister Marc-André Ouellette.\n\nAsked about the industry\'s warnings, Ouellette\'s press secretary, Chloé Brassard, said that carriers "have had more than two years of notice".' });
    expect(responseEdges(c.articles[0]!, true).filter((e) => e.startsWith('person/chloe-brassard'))).toEqual([]);
  });

  it('a retort answers a person: « a répliqué » after a body\'s statement answers the person who spoke before it', async () => {
    const c = await corpus(article('a.txt', 'La ministre Hélène Marchetti a estimé que le plan était « solide ».\n\nLe syndicat Force ouvrière a indiqué qu\'il déposerait un préavis de grève.\n\n« Ce plan ne tient pas », a répliqué le député Julien Odier.', '2024-05-15'));
    expect(responseEdges(c.articles[0]!, true).filter((e) => e.startsWith('person/julien-odier'))).toEqual(['person/julien-odier → person/helene-marchetti (answer)']);
  });

  it('« a répliqué » answers the criticism voiced just before, past a neutral remark in between', async () => {
    const c = await corpus(article('a.txt', 'La ministre Hélène Marchetti a présenté mardi son budget.\n\n« C’est un budget d’austérité », a dénoncé le député Julien Odier.\n\nL’économiste Marc Renard a estimé que le déficit resterait élevé.\n\n« Je ne prendrai pas de leçons », a répliqué Hélène Marchetti.', '2024-05-15'));
    const x = c.articles[0]!;
    const st = new Map(x.statements.map((s) => [s.key, s]));
    const answer = x.responses.find((r) => r.cue === 'answer');
    expect(answer && st.get((answer.to as { statement: string }).statement)?.speaker).toBe('person/julien-odier');
  });

  it('an answer adverb after the verb (« a ironisé en retour », "said in response") or opening the sentence answers the voice just before', async () => {
    const fr = await corpus(article('a.txt', 'Le coordinateur de La France insoumise, Maxime Dorval, a raillé sur X « un congrès de notables ».\n\nLe député Vincent Lebrun a ironisé en retour sur « les donneurs de leçons ».', '2026-05-22'));
    expect(responseEdges(fr.articles[0]!, true)).toEqual(['person/vincent-lebrun → person/maxime-dorval (answer)']);
    const en = await corpus({ ...article('b.txt', 'The union leader Darren Kowalczyk said the plan was "a betrayal".\n\nThe company chief Lisa Brandt said in response that the plant "had no future".', '2026-05-22'), given: { lang: 'en', published: '2026-05-22' } });
    expect(responseEdges(en.articles[0]!, true)).toEqual(['person/lisa-brandt → person/darren-kowalczyk (answer)']);
    // Or opening the sentence.
    const opening = await corpus({ ...article('c.txt', 'The union leader Darren Kowalczyk said the plan was "a betrayal".\n\nIn response, the company chief Lisa Brandt said the plant "had no future".', '2026-05-22'), given: { lang: 'en', published: '2026-05-22' } });
    expect(responseEdges(opening.articles[0]!, true)).toEqual(['person/lisa-brandt → person/darren-kowalczyk (answer)']);
  });

  it('"hit back, saying the Conservatives had …": what follows a verb of saying is what was said, not whom it answers; « qualifiant la ministre de » still names whom', async () => {
    const en = await corpus({ ...article('c.txt', 'Conservative MP Rob Dunleavy accused the government of "writing cheques without guarantees."\n\nMinister Anjali Sethi hit back, saying the Tories had "no standing to lecture anyone about this plant."', '2025-10-22'), given: { lang: 'en', published: '2025-10-22' } });
    expect(responseEdges(en.articles[0]!, true)).toContain('person/anjali-sethi → person/rob-dunleavy (answer)');
    const fr = await corpus(article('d.txt', 'La ministre Mathilde Serrano a défendu les ZFE à la radio.\n\nLe sénateur Laurent Berthier a dénoncé « une écologie de salon ».\n\nLe vice-président du RN Thomas Guérard a réagi, qualifiant la ministre de « porte-parole d\'une écologie qui punit les pauvres ».', '2026-02-05'));
    expect(responseEdges(fr.articles[0]!).filter((e) => e.startsWith('person/thomas-guerard'))).toEqual(['person/thomas-guerard → person/mathilde-serrano']);
  });

  it('"he hit back, to cheers from SNP backbenchers": those the words come from are not whom they answer', async () => {
    const en = await corpus({ ...article('e.txt', 'First Minister Fraser Lennox faced Labour leader Morag Kinnaird.\n\nShe said: "This is not a winter crisis. It is October, and your plan has failed."\n\nMr Lennox defended his record. "I will take no lectures from a party that squeezes our budget," he hit back, to cheers from SNP backbenchers.', '2025-10-09'), given: { lang: 'en', published: '2025-10-09' } });
    expect(responseEdges(en.articles[0]!)).toEqual(['person/fraser-lennox → person/morag-kinnaird']);
  });

  it('an event dated only by its report joins no group of another year: the same critic six years apart is two events', async () => {
    const c = await corpus(
      article('a.txt', 'La maire Hélène Chevalier a annoncé dimanche une taxe.\n\n« C’est une provocation », a dénoncé le député Julien Faure.', '2019-07-29'),
      article('b.txt', 'Le ministre Paul Lambert a annoncé lundi une réforme.\n\n« C’est une provocation », a dénoncé le député Julien Faure.', '2025-07-17'),
    );
    const faure = c.events.filter((e) => e.type === 'criticism' && e.participants.includes('person/julien-faure'));
    expect(faure.map((e) => e.date?.slice(0, 4)).sort()).toEqual(['2019', '2025']);
  });

  it('« Réplique de X : « … » » answers the attack just before', async () => {
    const c = await corpus(article('a.txt', 'Le conseiller Thierry Lebon a accusé la gauche de « découvrir le dossier bien tard ».\n\nRéplique immédiate de Karim Vidal : « Nous avons voté un principe, pas un prix. »', '2024-05-15'));
    expect(responseEdges(c.articles[0]!, true)).toEqual(['person/karim-vidal → person/thierry-lebon (answer)']);
  });

  it('an object pronoun of an answering verb (« lui a répondu », "accused him in Parliament of") is the last other speaker its gender fits', async () => {
    const fr = await corpus(article('a.txt', 'La députée Inès Bouchareb a jugé que « le budget protège les héritiers ».\n\nLe député Gérald Tessier a estimé que « la vraie niche, c’est la fraude ».\n\nLe ministre Paul Lambert lui a répondu sans ménagement. « Vous confondez tout », a-t-il affirmé.', '2024-05-15'));
    expect(responseEdges(fr.articles[0]!)).toContain('person/paul-lambert → person/gerald-tessier');
    const en = await corpus({ ...article('b.txt', 'Health Minister Fraser Tulloch said the new plan was "what the country can afford".\n\nLabour MP Ngaire Whatuira accused him in Parliament of "breaking a promise to the whole region".'), given: { lang: 'en', published: '2024-05-15' } });
    expect(responseEdges(en.articles[0]!)).toEqual(['person/ngaire-whatuira → person/fraser-tulloch']);
  });

  it('« …, lui a rétorqué le socialiste »: the pronoun before the verb that attributes a quote stands for the person the sentence before names first', async () => {
    const c = await corpus(article('a.txt', 'La ministre Hélène Marchetti a jugé que le budget était « responsable ».\n\nLe député Gérald Tessier a estimé que « la vraie niche, c’est la fraude ».\n\nMercredi, la séance a tourné à l’affrontement. Hélène Marchetti a renvoyé le socialiste Julien Odier au bilan de son propre parti.\n\n« Des excuses à moitié, ce ne sont pas des excuses », lui a rétorqué le socialiste.', '2024-05-15'));
    expect(responseEdges(c.articles[0]!, true)).toContain('person/julien-odier → person/helene-marchetti (addressee)');
  });

  it('"she told Senator X he would …", « a lancé à X »: a person told something who speaks in the article is answered; "said the minister had …" answers the minister who spoke', async () => {
    const told = await corpus({ ...article('a.txt', 'Senator Angus Berrington said the agency had misled the committee.\n\nThe chair, Senator Louise Karras, called senators to order. At one point she told Senator Berrington he would "have the call back after the break".'), given: { lang: 'en', published: '2024-05-15' } });
    expect(responseEdges(told.articles[0]!)).toEqual(['person/louise-karras → person/angus-berrington']);
    const about = await corpus({ ...article('b.txt', 'Housing Minister Sanjay Mehra said the programme would build 4,000 homes a year.\n\nConservative critic Martine Gagnon-Roy said the minister had answered a question nobody asked him.'), given: { lang: 'en', published: '2024-05-15' } });
    expect(responseEdges(about.articles[0]!)).toEqual(['person/martine-gagnon-roy → person/sanjay-mehra']);
    const fr = await corpus(article('c.txt', 'La ministre Hélène Marchetti a jugé que le budget était « responsable ».\n\n« Vous protégez les héritiers », a lancé à Hélène Marchetti la députée Inès Bouchareb.', '2024-05-15'));
    expect(responseEdges(fr.articles[0]!)).toEqual(['person/ines-bouchareb → person/helene-marchetti']);
  });

  it('"dismissed that argument": a denial whose object points back denies what was just said, not an earlier statement that names the denier', async () => {
    const c = await corpus({ ...article('a.txt', 'Transport Minister Nadine Arsenault said airlines would have to pay compensation within 30 days.\n\nConservative critic Dale Kowalchuk said Arsenault had waited a decade to act.\n\nAirline executive Jeffrey Lindqvist said the rules would raise fares. He countered that most delays were caused by the weather.\n\nArsenault dismissed that argument.'), given: { lang: 'en', published: '2024-05-15' } });
    expect(responseEdges(c.articles[0]!, true).filter((e) => e.endsWith('(denial)'))).toEqual(['person/nadine-arsenault → person/jeffrey-lindqvist (denial)']);
  });

  it('a denial answers the statement it denies', async () => {
    const c = await corpus(article('a.txt', 'Le ministre Paul Lambert a affirmé que le syndicat avait accepté l’accord.\n\nLa syndicaliste Marie Dupuis a démenti catégoriquement.', '2024-05-15'));
    const x = c.articles[0]!;
    const [denial] = x.responses;
    expect(denial).toMatchObject({ cue: 'denial' });
    expect(x.statements.find((s) => s.key === (denial!.to as { statement: string }).statement)!.speaker).toBe('person/paul-lambert');
  });

  it('normalises French dates against the article date: « dimanche 9 juillet », « ce lundi », « en mars »', async () => {
    const c = await corpus(article('a.txt', 'Les deux présidents, Paul Lambert et Hugo Marchal, se sont rencontrés dimanche 9 juillet à Paris.\n\nCe lundi, Paul Lambert a fait volte-face.\n\nL’organisation Transparence Nord avait orchestré des fuites en mars.', '2017-07-11'));
    const byType = Object.fromEntries(c.events.map((e) => [e.type, e.date]));
    expect(byType).toMatchObject({ meeting: '2017-07-09', retraction: '2017-07-10', leak: '2017-03' });
    expect(c.events.find((e) => e.type === 'meeting')).toMatchObject({ participants: ['person/hugo-marchal', 'person/paul-lambert'], place: 'place/paris' });
  });

  it('counts a duration from the last date written before it: « deux jours plus tard », "12 hours later"', async () => {
    const fr = await corpus(article('a.txt', 'Le ministre Paul Lambert a proposé dimanche 9 juillet une taxe carbone.\n\nDeux jours plus tard, Paul Lambert a fait volte-face.', '2017-07-20'));
    expect(fr.events.find((e) => e.type === 'retraction')?.date).toBe('2017-07-11');
    const en = await corpus({ id: 'b.txt', source: 'b', text: 'Minister Paul Lambert proposed a carbon tax on July 9, 2017.\n\nTwelve hours later, Paul Lambert reversed course.', given: { lang: 'en' } });
    expect(en.events.find((e) => e.type === 'retraction')?.date).toBe('2017-07-10');
  });

  it('keeps both claims when two articles disagree on a date, and finds the conflict', async () => {
    const c = await corpus(
      article('a.txt', 'Paul Lambert et Hugo Marchal se sont rencontrés le 3 mars à Paris.', '2024-03-10'),
      article('b.txt', 'Paul Lambert et Hugo Marchal se sont rencontrés samedi 2 mars à Paris.', '2024-03-10'),
    );
    expect(c.events).toHaveLength(1);
    expect(c.conflicts.map((k) => k.claims.map((x) => `${x.article} ${x.date}`))).toEqual([['a.txt 2024-03-03', 'b.txt 2024-03-02']]);
  });

  it('dates an event the text leaves undated by the publication day, marked as assumed, and never as a conflicting claim', async () => {
    const c = await corpus(
      article('a.txt', 'Le ministre Paul Lambert a démissionné.', '2024-03-10'),
      article('b.txt', 'Le ministre Paul Lambert a démissionné, a-t-on appris.', '2024-03-11'),
    );
    expect(c.events.map((e) => [e.type, e.date, e.dateAssumed, e.participants])).toEqual([['other', '2024-03-10', true, ['person/paul-lambert']]]);
    expect(c.conflicts).toEqual([]);
  });

  it('a report put online before 7 a.m. tells the day before: its undated events are assumed of that day', async () => {
    const early = await corpus(article('a.txt', 'Le ministre Paul Lambert a démissionné.', '2025-03-18T06:12:00'));
    expect(early.events.map((e) => [e.date, e.dateAssumed])).toEqual([['2025-03-17', true]]);
    const later = await corpus(article('a.txt', 'Le ministre Paul Lambert a démissionné.', '2025-03-18T14:30:00'));
    expect(later.events.map((e) => [e.date, e.dateAssumed])).toEqual([['2025-03-18', true]]);
    // A live blog opened early tells the day as it goes.
    const live = await corpus(article('a.txt', 'Grève : suivez notre direct\n\n16:20\nLe cortège se disperse.\n\n11:05\nLe ministre Paul Lambert a démissionné.\n\n08:10\nLes premiers manifestants arrivent.', '2025-03-18T06:12:00'));
    expect(live.events.map((e) => [e.date, e.dateAssumed])).toEqual([['2025-03-18', true]]);
  });

  it('a day after publication dates the act announced, never the announcement (« annonce une réunion le vendredi 22 mai »)', async () => {
    const c = await corpus(article('a.txt', 'Le préfet Jean-Marc Lavergne annonce une réunion de concertation le vendredi 22 mai à la préfecture.', '2026-05-20'));
    const x = c.articles[0]!;
    expect(x.events.map((e) => [e.type, e.date, e.dateAssumed ?? false])).toEqual([
      ['announcement', '2026-05-20', true],
      ['meeting', '2026-05-22', false],
    ]);
  });

  it('a saying before a day still to come leaves it to the act said after (« a confirmé qu\'il se rendrait vendredi … pour rencontrer le maire »)', async () => {
    const c = await corpus(article('a.txt', "Le ministre Luc Bérubé a confirmé qu'il se rendrait vendredi à Rimouski pour rencontrer le maire, Réjean Fortin.", '2025-04-09'));
    expect(c.articles[0]!.events.map((e) => [e.type, e.date, e.dateAssumed ?? false])).toEqual([
      ['announcement', '2025-04-09', true],
      ['meeting', '2025-04-11', false],
    ]);
  });

  it('a date right after a saying\'s verb is the saying\'s; further on, the proposed act\'s (« a proposé mercredi une primaire le 11 octobre »)', async () => {
    const said = await corpus(article('a.txt', 'La députée Solène Garrigue a proposé mercredi 8 avril une primaire de la gauche le dimanche 11 octobre.', '2026-04-09'));
    expect(said.articles[0]!.events.filter((e) => e.type === 'proposal').map((e) => [e.date, e.dateAssumed ?? false])).toEqual([['2026-04-08', false]]);
    const proposed = await corpus(article('a.txt', 'La députée Solène Garrigue propose une primaire de la gauche le 11 octobre.', '2026-04-09'));
    expect(proposed.articles[0]!.events.filter((e) => e.type === 'proposal').map((e) => [e.date, e.dateAssumed ?? false])).toEqual([['2026-04-09', true]]);
  });

  it('a saying the paragraph leaves undated takes the story\'s day, not a later day the paragraph gave to something else', async () => {
    const c = await corpus(article('a.txt', 'La CGT fera grève le jeudi 19 mars à Paris. La ministre Caroline Desmedt annonçait aussi une réforme.', '2026-03-11'));
    expect(c.articles[0]!.events.find((e) => e.type === 'announcement')).toMatchObject({ date: '2026-03-11', dateAssumed: true });
  });

  it('what was said and left undated took place at the session the article dates in the days before it was published, not on the day it was published', async () => {
    const text = 'La dernière séance du conseil municipal a tourné à l’affrontement, lundi soir.\n\nLe conseiller Thierry Lebon a accusé la majorité de « préparer un cadeau au promoteur ».';
    const session = await corpus(article('a.txt', text, '2026-03-03'));
    expect(session.articles[0]!.events.find((e) => e.type === 'criticism')).toMatchObject({ date: '2026-03-02', dateAssumed: true });
    const weekLater = await corpus(article('b.txt', text, '2026-03-14'));
    expect(weekLater.articles[0]!.events.find((e) => e.type === 'criticism')).toMatchObject({ date: '2026-03-14', dateAssumed: true });
  });

  it('a date belongs to the act before it: « fait machine arrière lundi sur l’idée évoquée » dates the reversal, not the idea', async () => {
    const c = await corpus(article('a.txt', 'Le président Paul Lambert fait machine arrière lundi sur l’idée évoquée avec Hugo Marchal.', '2017-07-11'));
    const x = c.articles[0]!;
    expect(x.events.find((e) => e.type === 'retraction')).toMatchObject({ date: '2017-07-10' });
    expect(x.events.find((e) => e.type === 'proposal')?.dateEvidence).toBeUndefined();
  });

  it('the act a round-up reacts to is one the lead tells, by someone it names; a later act by someone else is a detail', async () => {
    const c = await corpus(
      article(
        'a.txt',
        'Le ministre Paul Lambert a démissionné mardi.\n\nLa décision surprend. Les réactions se multiplient.\n\nPlus tard, le syndicat CGT a voté la grève.\n\n« C’est un départ inévitable et tardif », a réagi la députée Claire Morvan.',
        '2024-05-15',
      ),
    );
    const x = c.articles[0]!;
    const [reaction] = x.responses;
    const act = x.events.find((e) => 'event' in reaction!.to && e.local === reaction!.to.event);
    expect(act).toMatchObject({ type: 'other', participants: ['person/paul-lambert'] });
  });

  it('« …, a déclaré la ministre, mardi après-midi. Elle a annoncé … »: a statement\'s day dates the undated act after it in its paragraph', async () => {
    const c = await corpus(article('a.txt', '« Je prends acte de l’arrêt », a déclaré la ministre Claire Morvan, mardi après-midi. Elle a annoncé l’ouverture de 400 places.', '2025-10-15'));
    expect(c.articles[0]!.events.find((e) => e.type === 'announcement')).toMatchObject({ date: '2025-10-14', dateAssumed: true });
  });

  it('a person who takes up a long word only the voice just before said answers it (« cassation »), not a word everyone says', async () => {
    const text = 'La cour a condamné l’État mardi.\n\n« L’État doit se pourvoir en cassation, il faut respecter la séparation des pouvoirs », a réagi le député Pieter Claes.\n\n« Aller en cassation pour gagner six mois, c’est un aveu d’impuissance », a lancé la députée Lien Maes.';
    const c = await corpus(article('a.txt', text, '2025-03-12'));
    expect(responseEdges(c.articles[0]!, true)).toContain('person/lien-maes → person/pieter-claes (echoes)');
    // A word a third voice said too is the story's, not an echo.
    const common = await corpus(article('b.txt', text.replace('mardi.', 'mardi. « Une cassation n’est pas exclue », a dit le ministre Paul Roux.'), '2025-03-12'));
    expect(responseEdges(common.articles[0]!, true)).not.toContain('person/lien-maes → person/pieter-claes (echoes)');
  });

  it('« Selon lui, Mme Morvan « confond … » »: a quote that goes on a clause about someone who spoke answers them', async () => {
    const c = await corpus(article('a.txt', '« Nous fermons des lits pour sauver des vies », a déclaré la députée Claire Morvan mardi.\n\nLe député Paul Lambert a pris la défense du ministre. Selon lui, Mme Morvan « confond l’hémicycle avec un plateau de télévision ».', '2024-05-15'));
    // (Her words open the article: naming her, his words react to them.)
    expect(responders(c)).toContain('paul-lambert:names-actor');
  });

  it('a quote that answers one person and names another who spoke before answers both; one that names a partner ("avec X") does not', async () => {
    const text = '« Les hôpitaux tiendront », a assuré mardi la ministre de la Santé, Hélène Varin.\n\nLe député Marc Lenoir a jugé que les urgences étaient « à bout ». « Nous fermons des lits chaque semaine », a-t-il déclaré. La députée Julie Caron a dénoncé « un naufrage organisé ».\n\nInterpellé par la députée Julie Caron, le premier ministre, Paul Berthier, a répondu sèchement. « Monsieur Lenoir parle des urgences, mais il a voté chacune de nos hausses de budget », a-t-il lancé.';
    const c = await corpus(article('a.txt', text, '2026-02-11'));
    expect(responseEdges(c.articles[0]!, true)).toEqual(expect.arrayContaining(['person/paul-berthier → person/julie-caron (addressee)', 'person/paul-berthier → person/marc-lenoir (names-speaker)']));
    const partner = await corpus(article('a.txt', text.replace('Monsieur Lenoir parle des urgences, mais il a voté', 'Nous travaillons avec Marc Lenoir, qui a voté'), '2026-02-11'));
    expect(responseEdges(partner.articles[0]!).filter((e) => e.startsWith('person/paul-berthier'))).toEqual(['person/paul-berthier → person/julie-caron']);
  });

  it('a retort about someone who spoke answers them, not the last voice; « les explications du porte-parole » are someone’s words', async () => {
    const c = await corpus(article('a.txt', '« Nous remettons le projet à plat », a déclaré le porte-parole du gouvernement, Youssef Benali.\n\nLe Parti de la justice et du développement (PJD) a dénoncé « un recul grave ». Pour la députée Rachida Ouali, les explications du porte-parole « ne tiennent pas ».\n\nLe président de région, Brahim Oudi, a réclamé un calendrier. « C’est une éternité », a-t-il ajouté.\n\nM. Benali a répliqué que le PJD « n’a pas posé la première pierre d’une seule station ».', '2025-10-14'));
    const x = c.articles[0]!;
    const speakerOf = (key: string) => x.statements.find((s) => s.key === key)?.speaker;
    const pairs = x.responses.filter((r) => 'statement' in r.to).map((r) => `${speakerOf(r.from)} -> ${speakerOf((r.to as { statement: string }).statement)}`);
    expect(pairs).toContain('person/rachida-ouali -> person/youssef-benali');
    expect(pairs).toContain('person/youssef-benali -> org/parti-de-la-justice-et-du-developpement');
    expect(pairs).not.toContain('person/youssef-benali -> person/brahim-oudi');
  });

  it('a live blog, newest entry first: a later entry answers an older one below it, and an entry above answers nothing below', async () => {
    const text = 'Council vote live: the mayor survives\n\n16:20\nThat is all from us today.\n\n15:50\nThe EFF has hit back. Caucus leader Sipho Ndaba denied that his party had struck a deal with the DA.\n\n15:10\nANC regional secretary Lerato Sibeko accused the EFF of "saving the DA through the back door".\n\n14:35\nThe motion has failed by 106 votes to 101.';
    const c = await corpus({ id: 'live.txt', source: 'live.txt', text, given: { lang: 'en', published: '2025-11-27' } });
    expect(responseEdges(c.articles[0]!).filter((edge) => !edge.endsWith('→ '))).toEqual(['person/sipho-ndaba → person/lerato-sibeko']);
  });

  it('a live blog timed in the twelve-hour clock ("7:44pm") reads newest first as well', async () => {
    const text = 'Council vote live: the mayor survives\n\n4:20pm\nThat is all from us today.\n\n3:50pm\nThe EFF has hit back. Caucus leader Sipho Ndaba denied that his party had struck a deal with the DA.\n\n3:10pm\nANC regional secretary Lerato Sibeko accused the EFF of "saving the DA through the back door".\n\n11:35am\nThe motion has failed by 106 votes to 101.';
    const c = await corpus({ id: 'live.txt', source: 'live.txt', text, given: { lang: 'en', published: '2025-11-27' } });
    expect(responseEdges(c.articles[0]!).filter((edge) => !edge.endsWith('→ '))).toEqual(['person/sipho-ndaba → person/lerato-sibeko']);
  });

  it('« Interpellé en séance par le député X, le ministre a défendu … » answers X; « interrogé par LCP » answers no outlet', async () => {
    const c = await corpus(article('a.txt', 'Le ministre de la Mobilité, Pierre Gilet, a confirmé mercredi la suppression de quarante lignes.\n\nInterpellé en séance plénière par le député socialiste Karim Benoît, le ministre a défendu une « rationalisation indispensable » du réseau. M. Benoît a dénoncé « un abandon pur et simple des villages ».\n\nInterrogé par LCP, le ministre a assuré que le calendrier tiendrait.', '2026-01-21'));
    expect(responseEdges(c.articles[0]!, true)).toContain('person/pierre-gilet → person/karim-benoit (addressee)');
    expect(responseEdges(c.articles[0]!).filter((e) => e.startsWith('person/pierre-gilet'))).toHaveLength(1);
  });

  it('« Quant à X, « … » »: a quote whose topic is someone who spoke, however far back, answers them', async () => {
    const c = await corpus(article('a.txt', 'Le conseil a voté jeudi.\n\n« C’est la jeunesse qu’on sacrifie », a tonné le conseiller Olivier Granet.\n\nLe député Paul Lambert a dénoncé une mesure injuste. La présidente de l’Unef, Anaïs Rivel, juge le moment mal choisi. Le président de la FCPE, Marc Boyet, regrette l’absence de concertation.\n\nInterpellée vendredi, la vice-présidente Sabine Laurent a défendu la mesure. Quant à Olivier Granet, « il devrait relire les comptes qu’il a laissés », a-t-elle lancé.', '2025-06-28'));
    expect(responders(c)).toContain('sabine-laurent:names-speaker');
  });

  it('a tweet that names another tweet\'s author by handle answers them', async () => {
    const c = await corpus(article('a.txt', 'La nageuse a publié mardi.\n\nJ’ai lu le rapport en entier. Je ne me tairai plus.\n— Kate Horvath (@katehorvath) 1 juillet 2025\n\nSon coéquipier a suivi.\n\nFier de @katehorvath. Il fallait du courage pour écrire cela.\n— Liam Costa (@liamcosta) 1 juillet 2025', '2025-07-06'));
    expect(responders(c)).toContain('liam-costa:names-speaker');
  });

  it('a post that names someone by a handle spelling their name (@ThomasRegnierLR) answers them, not the verdict its words share', async () => {
    const c = await corpus(article('a.txt', 'Le tribunal correctionnel de Poitiers a condamné mercredi le maire Hervé Castagnac à dix-huit mois de prison avec sursis.\n\nLe député Thomas Régnier a jugé que le maire était « un homme honnête, pris dans une législation folle ».\n\nÉlodie Marchetti\n@ElodieMarchetti86\nQuand un maire est condamné pour avoir favorisé sa famille, @ThomasRegnierLR veut changer la loi plutôt que les pratiques.\n7:42 PM · 14 mai 2025', '2025-05-15'));
    const x = c.articles[0]!;
    expect(x.mentions.find((m) => m.span.text === '@ThomasRegnierLR')?.entity).toBe('person/thomas-regnier');
    expect(responders(c)).toContain('elodie-marchetti:names-speaker');
  });

  it('« X a voulu savoir si … Le ministre a répondu que … »: a reply answers the question just before, not an older attack', async () => {
    const c = await corpus(article('a.txt', '« On distribue des contrats à des amis », a ironisé le député Rajesh Doorga.\n\nLors des questions supplémentaires, la députée Aurore Lafont a voulu savoir si la société avait des liens avec des membres du gouvernement. Le ministre Paul Roux a répondu qu’il n’en avait « aucune connaissance ».', '2024-04-17'));
    expect(responseEdges(c.articles[0]!).filter((e) => e.startsWith('person/paul-roux'))).toEqual(['person/paul-roux → person/aurore-lafont']);
  });

  it('a post under "Replying to @handle" answers the quoted post of that handle, and the line is no words of its own', async () => {
    const c = await corpus({ ...article('a.txt', 'The council voted on Tuesday to move the market.\n\nDaniel Prasad\n@AshPrasadFJ\nEvery vendor gets a free stall for six months. The footpath belongs to pedestrians.\n8:15 AM · Jul 23, 2025\n\nThe charity entered the debate the same day.\n\nLitia Naivalu\n@LitiaNaivalu\nReplying to @AshPrasadFJ\nA free stall is not free if the bus fare costs more than the profit of the day.\n11:42 AM · Jul 23, 2025', '2025-07-27'), given: { lang: 'en', published: '2025-07-27' } });
    const x = c.articles[0]!;
    expect(x.statements.map((s) => s.text).filter((t) => t.includes('Replying'))).toEqual([]);
    expect(responseEdges(x, true)).toContain('person/litia-naivalu → person/daniel-prasad (addressee)');
  });

  it('a Facebook post as a page renders it (its author, "22 July at 19:04 ·", its text) is its author\'s words, on Facebook', async () => {
    const c = await corpus({ ...article('a.txt', 'The vendors were not convinced. Within an hour of the vote, the head of the association posted this:\n\nSalote Vakacegu\n22 July at 19:04 · 🌏\nSix people who have never sold a single cassava decided today that 300 mothers will lose their income.\n👍 2.1K   💬 486 comments\n\nBy Wednesday morning the post had been shared hundreds of times.', '2025-07-27'), given: { lang: 'en', published: '2025-07-27' } });
    const post = c.articles[0]!.statements.find((s) => s.text.startsWith('Six people'));
    expect([post?.speaker, post?.venue, post?.date]).toEqual(['person/salote-vakacegu', 'org/facebook', '2025-07-22T19:04:00']);
  });

  it('« a réagi »: a reaction answers what happened, not the statement just before it', async () => {
    const c = await corpus(article('a.txt', 'Le ministre Paul Lambert a démissionné mardi.\n\nLa coroner Isabelle Caron a estimé que trois décès auraient pu être évités.\n\n« Cette démission était inévitable », a réagi la députée Claire Morvan.', '2025-09-25'));
    const x = c.articles[0]!;
    const morvan = x.statements.find((st) => st.speaker === 'person/claire-morvan')!;
    const response = x.responses.find((r) => r.from === morvan.key)!;
    expect('event' in response.to && x.events.find((e) => e.local === (response.to as { event: number }).event)?.participants).toEqual(['person/paul-lambert']);
  });

  it('the actor\'s own side (« l\'avocat de X, Me Y », "X spokesperson Y", « Y, qui représente X ») defends the act and reacts to nothing; a rival named with « et » still reacts', async () => {
    const head = 'Le maire Bruno Delattre a annoncé mardi sa démission.\n\n';
    const lawyer = await corpus(article('a.txt', `${head}Contacté, l’avocat de Bruno Delattre, Me Arnaud Wallaert, a déclaré que son client « est présumé innocent ».`, '2024-05-15'));
    expect(lawyer.articles[0]!.responses).toEqual([]);
    const rival = await corpus(article('b.txt', `${head}L’opposante Samia Ferhat a fustigé « une démission trop tardive ».`, '2024-05-15'));
    expect(responders(rival)).toEqual(['samia-ferhat:criticism']);
  });

  it('a body\'s act is reported, not what a round-up answers', async () => {
    const c = await corpus(article('a.txt', 'Le groupe Transparence Nord annonce une motion de censure contre la réforme.\n\n« Cette motion de censure est une manœuvre qui ne trompera personne », a fustigé la députée Claire Morvan.', '2025-11-04'));
    expect(c.articles[0]!.responses.filter((r) => 'event' in r.to)).toEqual([]);
  });

  it('events one article tells apart stay apart in the corpus: question time is no resignation of the minister it questions', async () => {
    const text = 'Lors des questions au gouvernement, mardi, la députée Inès Berrada a interpellé la ministre de la Santé, Agnès Morvan, sur l’affaire.\n\nLe Rassemblement national réclame de son côté la démission de la ministre.';
    const c = await corpus(article('a.txt', text, '2025-11-04'));
    const others = c.events.filter((e) => e.type === 'other').map((e) => e.participants.map(local).join(' ').replace(/(?:person|org)\//g, ''));
    expect(others).toEqual(['agnes-morvan ines-berrada', 'agnes-morvan']);
  });

  it('criticism that answers someone\'s words is an event of the critic and the person answered; other critics stay in the day\'s wave', async () => {
    const c = await corpus(article('a.txt', 'La ministre Hélène Marchetti a jugé mardi que le budget était « responsable ».\n\nLa députée Inès Bouchareb lui a répliqué en dénonçant « un budget d’austérité ».\n\nLe syndicaliste Marc Renard a dénoncé « une trahison des services publics ».', '2024-05-15'));
    const criticism = c.articles[0]!.events.filter((e) => e.type === 'criticism').map((e) => e.participants);
    expect(criticism).toEqual([['person/marc-renard'], ['person/ines-bouchareb', 'person/helene-marchetti']]);
  });

  it('an act months before the article is background: reactions do not answer it', async () => {
    const c = await corpus(article('a.txt', 'L’élection fait suite à la démission du maire Paul Lambert en juin.\n\n« La démission du maire laisse une ville divisée et inquiète », a déclaré la candidate Claire Morvan.', '2025-09-16'));
    expect(c.articles[0]!.responses).toEqual([]);
  });
});

describe('the dates and words of acts', () => {
  const lex = loadLexicons();
  const events = (text: string, published: string) => {
    const x = extractArticle({ id: 'd.txt', source: 'd', text, given: { lang: 'fr', published } }, lex);
    const names = new Map(x.entities.map((e) => [e.key, e.name]));
    return x.events.map((e) => `${e.type} ${e.date}${e.dateAssumed ? ' (assumed)' : ''} ${e.participants.map((p) => names.get(p)).join(', ')}`);
  };

  it('« a proposé une hausse … lundi »: a past weekday at the end of a saying dates the saying; a day ahead dates what was said', () => {
    expect(events('La SNCF a proposé une hausse générale de 2,5 % lundi.', '2026-05-12T18:00')).toEqual(['proposal 2026-05-11 SNCF']);
    expect(events('La SNCF a proposé une nouvelle réunion aux syndicats le jeudi 14 mai.', '2026-05-12T18:00')).toEqual(['proposal 2026-05-12 (assumed) SNCF', 'meeting 2026-05-14 SNCF']);
  });

  it('« la table ronde », « le Sénat adopte »: a round table is a meeting; a headline\'s present tense tells a vote', () => {
    expect(events('La table ronde salariale organisée lundi au siège de la SNCF avec les syndicats s\'est soldée par un échec.', '2026-05-12T18:00')).toEqual(['meeting 2026-05-11 SNCF']);
    expect(events('Service minimum : le Sénat adopte le texte sur la continuité du service public', '2026-05-12T23:00')).toEqual(['other 2026-05-12 (assumed) Sénat']);
  });

  it('« … et le retire »: an object pronoun before a verb is no determiner before a noun', () => {
    expect(events('Le ministre recule\n\nJeudi, sur RTL, Paul Lambert concède que le mot était « malheureux » et le retire.', '2026-09-19')).toEqual(['retraction 2026-09-17 Paul Lambert']);
  });

  it("a live blog's undated entries are of its own day, not of the session it recalls", () => {
    const text = ['DIRECT. La ministre reçue à Matignon', 'Publié le 16/09/2026 à 07:58', '21h47', 'Fin de ce direct.', '15h10', 'Le ministre Paul Lambert quitte Matignon après une heure d\'entretien avec la Première ministre, Isabelle Moreau.', '09h30', 'Mardi, lors des questions au gouvernement, Paul Lambert avait refusé de s\'excuser.'].join('\n\n');
    const x = extractArticle({ id: 'l.txt', source: 'l', text, given: { lang: 'fr' } }, lex);
    expect(x.events.find((e) => e.type === 'meeting')?.date).toBe('2026-09-16');
  });
});

describe('what is no event', () => {
  const lex = loadLexicons();
  it('what is planned for the coming weeks is its own event, this year; nobody said anything on a day still ahead', () => {
    const en = extractArticle({ id: 'c.txt', source: 'c', text: 'The former council leader Gareth Pryce was convicted of misconduct in public office. Pryce showed no emotion as the verdict was read out. He is due to be sentenced at the same court on March 27.', given: { lang: 'en', published: '2026-02-25' } }, lex);
    expect(en.events.filter((e) => e.type === 'other').map((e) => [e.date, e.dateAssumed ?? false])).toEqual([['2026-02-25', true], ['2026-03-27', false]]);
    const fr = extractArticle({ id: 'g.txt', source: 'g', text: 'La ministre de la Santé, Chantal Desrosiers, a nié mercredi que le gouvernement fermerait l’urgence de nuit à compter du 1er juin.', given: { lang: 'fr', published: '2026-04-15' } }, lex);
    expect(fr.statements.map((st) => st.date)).toEqual(['2026-04-15']);
  });

  it('"her own verdict on X", « il aura fallu quatre heures de débat », "ruled out" are no verdict, nobody\'s debate, no ruling', () => {
    const en = extractArticle({ id: 'v.txt', source: 'v', text: 'Within minutes, the Labour leader, Shazia Anwar, had posted her own verdict on X. Minister Tanya Whitlock ruled out an equity stake in the mill.', given: { lang: 'en', published: '2026-01-18' } }, lex);
    expect(en.events.filter((e) => e.type === 'other')).toEqual([]);
    const fr = extractArticle({ id: 'w.txt', source: 'w', text: 'Le ministre Marc Ferrière a défendu le texte. Il aura fallu près de quatre heures de débat pour en arriver là.', given: { lang: 'fr', published: '2025-05-15' } }, lex);
    expect(fr.events.filter((e) => e.type === 'other').map((e) => e.participants)).toEqual([]);
  });

  it('« M. Birtles a rejeté ces critiques » is a denial, not a vote of type other', () => {
    const x = extractArticle({ id: 'r.txt', source: 'r', text: 'Interrogé par La Gazette, M. Birtles a rejeté ces critiques : « Je n’accepte pas ces caricatures ».', given: { lang: 'fr', published: '2025-04-28' } }, lex);
    expect(x.events.map((e) => [e.type, e.participants])).toEqual([['denial', ['person/birtles']]]);
  });
  it('"signed an executive order", « a signé un décret » is an announcement by its signer', () => {
    const en = extractArticle({ id: 'o.txt', source: 'o', text: 'Pennsylvania Gov. Marcus Ellery signed an executive order Tuesday requiring state contractors to pay $18 an hour.', given: { lang: 'en', published: '2025-10-07' } }, lex);
    expect(en.events.map((e) => [e.type, e.participants, e.date])).toEqual([['announcement', ['person/marcus-ellery'], '2025-10-07']]);
  });
  it('« …, a annoncé mercredi la ministre X »: the actor of an inverted verb stands after it', () => {
    const x = extractArticle({ id: 'k.txt', source: 'k', text: "Québec créera un registre des loyers pour tous les logements, a annoncé mercredi matin la ministre de l'Habitation, Sophie Gagnon.", given: { lang: 'fr', published: '2026-04-22' } }, lex);
    expect(x.events.map((e) => [e.type, e.participants])).toEqual([['announcement', ['person/sophie-gagnon']]]);
  });
  it('a weekday with a word of the future is the one ahead (« doit se tenir jeudi », "will meet on Thursday", « jeudi prochain », « est attendue jeudi », « annonce une manifestation samedi »); otherwise the last one', () => {
    const on = (text: string) => findDates(text, lex.dates, { reference: { year: 2026, month: 2, day: 4 } }).map((d) => toIsoDate(d.date));
    expect(on('Une réunion de conciliation doit se tenir jeudi à 14h00.')).toEqual(['2026-02-05']);
    expect(on('The committee will meet on Thursday.')).toEqual(['2026-02-05']);
    expect(on('Il reviendra jeudi prochain.')).toEqual(['2026-02-05']);
    expect(on('La ministre est attendue jeudi à Tiznit.')).toEqual(['2026-02-05']);
    expect(on('Le collectif annonce une manifestation samedi et appelle à bloquer la route lundi.')).toEqual(['2026-02-07', '2026-02-09']);
    // Written on a Wednesday: "last Wednesday", « mercredi dernier » are the week before; "on Wednesday" is the day.
    expect(on('The council met last Wednesday. Le conseil a voté mercredi dernier. It reported on Wednesday.')).toEqual(['2026-01-28', '2026-01-28', '2026-02-04']);
    expect(on('La réunion a eu lieu jeudi. He spoke on Thursday.')).toEqual(['2026-01-29', '2026-01-29']);
    // Any French verb in the future or the conditional before it, and "would".
    expect(on("Elle a confirmé qu'elle saisirait vendredi la Cour suprême. Le ministre réunira jeudi les syndicats.")).toEqual(['2026-02-06', '2026-02-05']);
    expect(on('He said he would resign on Friday.')).toEqual(['2026-02-06']);
    // Irregular stems too (« se rendrait », « viendra », « pourra »); a noun ending like one is no verb (« un retrait »).
    expect(on("Il a dit qu'il se rendrait vendredi à Lyon. Elle viendra jeudi. On pourra samedi trancher.")).toEqual(['2026-02-06', '2026-02-05', '2026-02-07']);
    expect(on('Il a annoncé son retrait vendredi. Le front lundi a tenu.')).toEqual(['2026-01-30', '2026-02-02']);
  });

  it('a page\'s date line with a two-digit year (« Publié le 05/02/26 à 09h47 ») dates the article; three numbers with no year are no date', () => {
    const on = (text: string) => findDates(text, lex.dates).map((d) => toIsoDate(d.date));
    expect(on('Publié le 05/02/26 à 09h47 — Mis à jour le 05/02/26 à 13h20')).toEqual(['2026-02-05T09:47:00', '2026-02-05T13:20:00']);
    expect(on('Le score était de 3/4/5 et le service 24/7, version 12.05.26.')).toEqual([]);
    const x = extractArticle({ id: 'z.txt', source: 'z', text: '20 Minutes\n\nLa ministre répond au sénateur\n\nPublié le 05/02/26 à 09h47\n\nLa ministre a répondu jeudi au sénateur.', given: {} }, lex);
    expect(x.article.published?.value.slice(0, 10)).toBe('2026-02-05');
  });

  it('reads dotted dates day first, even in English; slashed ones in American order only where both orders make a date', () => {
    const on = (text: string) => findDates(text, lex.dates, { numericOrder: 'mdy' }).map((d) => toIsoDate(d.date));
    expect(on('ERR News 11.03.2025 21:40')).toEqual(['2025-03-11T21:40:00']);
    expect(on('Posted 11/03/2025 and 25/12/2025')).toEqual(['2025-11-03', '2025-12-25']);
    expect(findDates('Publié le 03/25/2025', lex.dates).map((d) => toIsoDate(d.date))).toEqual(['2025-03-25']);
  });

  it('« la séance », "told the meeting": a definite article points back to the event its words first named, whoever the sentence names', () => {
    const en = extractArticle({ id: 'm.txt', source: 'm', text: 'The Harwick council held a meeting on Monday with the mayor Dana Pryor. Councillor Owen Price told the meeting the plan was rushed. Councillor Lia Marsh spoke late in the meeting too.', given: { lang: 'en', published: '2026-03-03' } }, lex);
    expect(en.events.filter((e) => e.type === 'meeting').map((e) => [e.date, e.participants])).toEqual([['2026-03-02', ['person/dana-pryor']]]);
    const fr = extractArticle({ id: 's.txt', source: 's', text: 'La séance de mardi a opposé la ministre Claire Vasseur et le député Paul Rivière. Pendant la séance, la députée Inès Morel a pris la parole.', given: { lang: 'fr', published: '2026-03-04' } }, lex);
    expect(fr.events.filter((e) => e.type === 'other').map((e) => e.participants)).toEqual([['person/claire-vasseur', 'person/paul-riviere']]);
  });

  it('the actor after a noun trigger stands right after its preposition (« announced Tuesday by Transport Minister X »), not past a comma (« la grève du 24 novembre, la ministre … »)', () => {
    const fr = extractArticle({ id: 'g.txt', source: 'g', text: 'Les syndicats maintiennent la grève du 24 novembre, la ministre Sophie Lambrechts convoque les partenaires sociaux.', given: { lang: 'fr', published: '2025-11-18' } }, lex);
    expect(fr.events.filter((e) => e.type === 'other').map((e) => e.participants)).toEqual([]);
    const en = extractArticle({ id: 'a.txt', source: 'a', text: 'Airlines will pay compensation under new regulations announced Tuesday by Transport Minister Marc-André Ouellette.', given: { lang: 'en', published: '2025-06-17' } }, lex);
    expect(en.events.map((e) => [e.type, e.participants])).toEqual([['announcement', ['person/marc-andre-ouellette']]]);
  });

  it('« ministre depuis juillet 2024, a annoncé mardi soir sa démission »: a date that bounds a span of time, « depuis » in its own words, dates no act', () => {
    const x = extractArticle({ id: 'd.txt', source: 'd', text: 'Sophie Lambotte, ministre de l’Économie depuis juillet 2024, a annoncé mardi soir sa démission.', given: { lang: 'fr', published: '2025-03-12' } }, lex);
    expect([...new Set(x.events.map((e) => e.date))]).toEqual(['2025-03-11']);
  });

  it('an act inside what someone reports is not theirs ("She added that a strike would not change the outcome"); « a annoncé sa démission » is', () => {
    const en = extractArticle({ id: 's.txt', source: 's', text: 'Northvale spokesperson Lisa Brandt added that a strike would not change the outcome.', given: { lang: 'en', published: '2025-10-22' } }, lex);
    expect(en.events.filter((e) => e.type === 'other')).toEqual([]);
    const fr = extractArticle({ id: 'd.txt', source: 'd', text: 'Le maire Bruno Delattre a annoncé lundi sa démission.', given: { lang: 'fr', published: '2025-09-30' } }, lex);
    expect(fr.events.filter((e) => e.type === 'other').map((e) => e.participants)).toEqual([['person/bruno-delattre']]);
  });

  it('an act someone reacts to is not theirs: « La FNSEA s\'est en revanche félicitée du vote », "the union welcomed the resignation"', () => {
    const fr = extractArticle({ id: 'f.txt', source: 'f', text: 'La FNSEA, premier syndicat agricole, s\'est en revanche félicitée du vote.', given: { lang: 'fr', published: '2026-03-11' } }, lex);
    expect(fr.events.filter((e) => e.type === 'other')).toEqual([]);
    const en = extractArticle({ id: 'w.txt', source: 'w', text: 'The nurses union Unison welcomed the resignation of the board.', given: { lang: 'en', published: '2026-03-11' } }, lex);
    expect(en.events.filter((e) => e.type === 'other')).toEqual([]);
  });

  it('an act someone asks for has not happened: « a réclamé sa démission », "called for a confidence vote" are no resignation and no vote', () => {
    const fr = extractArticle({ id: 'r.txt', source: 'r', text: 'La cheffe de file socialiste, Nadia Boukhari, a réclamé sa démission « dans les heures qui viennent ».', given: { lang: 'fr', published: '2025-11-25' } }, lex);
    expect(fr.events.filter((e) => e.type === 'other')).toEqual([]);
    const en = extractArticle({ id: 'c.txt', source: 'c', text: 'The opposition leader Sarah Kettering called for a confidence vote in the chamber.', given: { lang: 'en', published: '2025-11-25' } }, lex);
    expect(en.events.filter((e) => e.type === 'other')).toEqual([]);
  });

  it('"found guilty" is done to its subject; "X confirmed on Monday that it would close" is an announcement by X', () => {
    const en = extractArticle({ id: 'v.txt', source: 'v', text: 'The former council leader Gareth Pryce was found guilty of misconduct in public office on Wednesday.\n\nTasman Fibre confirmed on Monday that it would close its Burnie pulp mill by March.', given: { lang: 'en', published: '2026-02-25' } }, lex);
    expect(en.events.map((e) => [e.type, e.participants, e.undergone ?? false])).toEqual([
      ['other', ['person/gareth-pryce'], true],
      ['announcement', ['org/tasman-fibre'], false],
    ]);
  });

  it('words told to a paper are said somewhere, not an event: "he told The Herald"', () => {
    const en = extractArticle({ id: 'i.txt', source: 'i', text: 'The ferry operator has cancelled sailings. "We are sorry," its chief executive, Graham Lindsay, told The Herald on Friday.', given: { lang: 'en', published: '2025-08-16' } }, lex);
    expect(en.events.filter((e) => e.type === 'other')).toEqual([]);
  });

  it('a passive agent stands past a date after the verb: « le plan, annoncé le 24 février par le groupe X », "unveiled on Monday by X"', () => {
    const fr = extractArticle({ id: 'p.txt', source: 'p', text: 'Le plan, annoncé le 24 février par le groupe belge Dravelle Industries, prévoit la fermeture de deux lignes.', given: { lang: 'fr', published: '2026-03-12' } }, lex);
    expect(fr.events.map((e) => [e.type, e.date, e.participants])).toEqual([['announcement', '2026-02-24', ['org/dravelle-industries']]]);
    const en = extractArticle({ id: 'q.txt', source: 'q', text: 'The plan, unveiled on Monday by the Marston Water Company, closes two reservoirs.', given: { lang: 'en', published: '2026-03-12' } }, lex);
    expect(en.events.map((e) => [e.type, e.date, e.participants])).toEqual([['announcement', '2026-03-09', ['org/marston-water-company']]]);
  });

  it('words in quotation marks are someone\'s words, not the story\'s acts: « a accusé le gouvernement d\'avoir « abandonné les quartiers » »', () => {
    const x = extractArticle({ id: 'a.txt', source: 'a', text: 'Jeudi, la députée Kadia Saïd Omar a accusé le gouvernement d\'avoir « abandonné les quartiers » face aux délestages.', given: { lang: 'fr', published: '2025-11-21' } }, lex);
    expect(x.events.map((e) => e.type)).toEqual(['criticism']);
  });

  it('"Asked about Tom Halewood\'s comments, X said …": the words of a person named in full before "\'s" are what X answers', () => {
    const text = 'Union leader Tom Halewood said the budget was "a disgrace for every nurse in this province". Union leader Mark Dunn agreed, saying "it is the worst budget in a decade". Asked about Tom Halewood\'s comments, Premier Jane Rowley said the budget "protects every frontline job we have".';
    const x = extractArticle({ id: 'p.txt', source: 'p', text, given: { lang: 'en', published: '2025-04-10' } }, lex);
    const rowley = x.statements.find((s) => s.speaker === 'person/jane-rowley')!;
    const answered = x.responses.filter((r) => r.from === rowley.key).map((r) => ('statement' in r.to ? x.statements.find((s) => s.key === (r.to as { statement: string }).statement)?.speaker : undefined));
    expect(answered).toEqual(['person/tom-halewood']);
  });
});
