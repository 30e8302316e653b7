// Statements: quotes in every form the press writes them, tweets, reported speech, speakers, venues, dates, clusters.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph, evaluate, extractArticle, findStatementCandidates, loadLexicons, rankStatements, readGold, viewGraph, type ArticleExtraction, type BuildResult, type Statement } from '../src/index.js';
import path from 'node:path';
import { ARTICLES, ROOT } from './helpers/cli.js';

const lex = loadLexicons();

/**
 * Every statement the rules find in a text, each with the model's confidence: what the rules do is tested here, what
 * the model keeps in test/train.test.ts.
 */
function statementsOf(text: string, lang = 'fr', published?: string): Statement[] {
  const { reading, statements } = findStatementCandidates({ id: `t-${lang}.txt`, source: 'test', text, given: { lang, published } }, lex);
  return rankStatements(reading.ctx, statements, { ...lex.models.statements, keep: 0 });
}

/** The speakers of a text's direct quotes, in order. */
function directSpeakers(text: string, lang = 'fr'): (string | undefined)[] {
  return statementsOf(text, lang).filter((st) => st.kind === 'direct').map((st) => st.speaker);
}

/** [speaker slug or null, kind, text] for compact table-like assertions. */
function summary(statements: Statement[]): [string | null, string, string][] {
  return statements.map((s) => [s.speaker?.replace(/^.*\//, '') ?? null, s.kind, s.text]);
}

describe('quote forms, French and English', () => {
  it.each([
    ['« » with inner spaces', '« Nous irons jusqu’au bout de cette réforme », a déclaré Paul Lambert.', 'Nous irons jusqu’au bout de cette réforme'],
    ['«» without spaces', '«Nous irons jusqu’au bout de cette réforme», a déclaré Paul Lambert.', 'Nous irons jusqu’au bout de cette réforme'],
    ['curly double quotes', '“Nous irons jusqu’au bout de cette réforme”, a déclaré Paul Lambert.', 'Nous irons jusqu’au bout de cette réforme'],
    ['straight double quotes', '"Nous irons jusqu’au bout de cette réforme", a déclaré Paul Lambert.', 'Nous irons jusqu’au bout de cette réforme'],
    ['a nested quote', '« Ils parlent d’une ‘unité armes chimiques’ sans rire », a ironisé Paul Lambert.', 'Ils parlent d’une ‘unité armes chimiques’ sans rire'],
    ['nested guillemets', '«Etre partenaire sur une «unité de cybersécurité», c’est absurde», a ironisé Paul Lambert.', 'Etre partenaire sur une «unité de cybersécurité», c’est absurde'],
  ])('%s', (_name, text, words) => {
    expect(summary(statementsOf(text))).toEqual([['paul-lambert', 'direct', words]]);
  });

  it('reads an incise after a question inside the marks, up to its full stop (« … ? a-t-elle demandé. … »)', () => {
    const text = "La députée Jovana Kraljević a pris la parole.\n\n« Monsieur le ministre, oui ou non, ce plan existe-t-il ? a-t-elle demandé. Les habitants ont le droit de savoir. »";
    expect(summary(statementsOf(text).filter((s) => s.kind === 'direct'))).toEqual([['jovana-kraljevic', 'direct', 'Monsieur le ministre, oui ou non, ce plan existe-t-il ? … Les habitants ont le droit de savoir.']]);
  });

  it("reads single marks as a text's quotation marks when it uses no others, past apostrophes ('…', ‘…’)", () => {
    const text = "Deputy Marc Le Page asked whether the board had been told.\n\n'The board wasn't informed until November, as soon as Aurigny's figures were clear,' Deputy Rachel Dorée replied.\n\n‘We asked every month,’ she said.";
    expect(summary(statementsOf(text, 'en').filter((s) => s.kind === 'direct'))).toEqual([
      ['rachel-doree', 'direct', "The board wasn't informed until November, as soon as Aurigny's figures were clear"],
      ['rachel-doree', 'direct', 'We asked every month'],
    ]);
    // With double marks in the text, single ones stay inside them.
    expect(statementsOf('"We call it the \'plan\' and it\'s working," Deputy Rachel Dorée said.', 'en').map((s) => s.text)).toEqual(["We call it the 'plan' and it's working"]);
  });

  it('joins a quote broken by an incise into one statement, keeping both fragments as evidence', () => {
    for (const text of [
      'Marie Lambert a quitté la salle. « Nous ne céderons pas, a-t-elle dit, ni demain ni jamais. »',
      '« Nous ne céderons pas, a dit Marie Lambert, ni demain ni jamais. »',
      '« Nous ne céderons pas », a dit Marie Lambert, « ni demain ni jamais ».',
    ]) {
      const [s, ...rest] = statementsOf(text).filter((x) => x.kind === 'direct');
      expect(rest).toEqual([]);
      expect(s).toMatchObject({ speaker: 'person/marie-lambert', kind: 'direct', text: expect.stringMatching(/^Nous ne céderons pas … ni demain ni jamais\.?$/) });
      expect(s!.spans).toHaveLength(2);
    }
  });

  it('a verb said not to have been spoken reports nothing (« n\'a pas souhaité réagir »), unless words follow it', () => {
    expect(statementsOf("Contacté, le maire Paul Lambert n'a pas souhaité réagir. Sollicitée, la société Vernet n'a pas souhaité s'exprimer, renvoyant à son communiqué.")).toEqual([]);
    expect(summary(statementsOf("Le maire Paul Lambert n'a pas nié que le projet avait pris du retard."))).toEqual([['paul-lambert', 'indirect', "Le maire Paul Lambert n'a pas nié que le projet avait pris du retard."]]);
    expect(summary(statementsOf("Le ministre Paul Lambert n'a pas nié : le projet a pris du retard.")).map(([speaker]) => speaker)).toEqual(['paul-lambert']);
  });

  it('a name joined by « et » to one after « par » is not the speaker (« a déclaré l\'écologiste, interrogée par Paul Arvenne et Inès Kerbrat »)', () => {
    const x = statementsOf("La secrétaire nationale des Écologistes, Solène Garrigue, a proposé une primaire.\n\n« Si nous partons divisés, nous offrons l'Élysée à l'extrême droite », a déclaré l'écologiste, interrogée par Paul Arvenne et Inès Kerbrat.");
    expect(x.find((s) => s.text.startsWith('Si nous partons'))?.speaker).toBe('person/solene-garrigue');
  });

  it('"…," his daughter Margaret Dunne says: a possessive may open the words that describe the speaker after a quote; Irish first names keep their accents ("Ciarán Hogan")', () => {
    const x = statementsOf('Tom Dunne, 86, spent a night on a trolley.\n\n"He kept apologising to the nurses," his daughter Margaret Dunne says.\n\nCiarán Hogan, the union\'s officer for the region, says the hospital has been "running on goodwill".', 'en');
    expect(summary(x).map(([who, , text]) => [who, text.slice(0, 33)])).toEqual([
      ['margaret-dunne', 'He kept apologising to the nurses'],
      ['ciaran-hogan', 'Ciarán Hogan, the union\'s officer'],
    ]);
  });

  it('"…," Kenya\'s Treasury Cabinet Secretary Joseph Kiprono told reporters: a place and its "\'s" may open the description of the speaker', () => {
    const x = statementsOf('"This is not charity. It is common sense for every country hit by a cyclone," Kenya\'s Treasury Cabinet Secretary Joseph Kiprono told reporters.', 'en');
    expect(summary(x).map(([who]) => who)).toEqual(['joseph-kiprono']);
  });

  it('\'"…?" the NDP leader asked\': a party and a title no one named holds stand for the person last named as a subject, not for a body or one the clause names', () => {
    const x = statementsOf('Marianne Gauthier rose from the Opposition front bench on Tuesday.\n\n"Did the chief of staff ask them to stop publishing these numbers?" the NDP leader asked.', 'en');
    expect(summary(x).map(([who, , text]) => [who, text])).toEqual([['marianne-gauthier', 'Did the chief of staff ask them to stop publishing these numbers?']]);
    // A title alone, unqualified by a party, is left to the roles the article gives.
    expect(statementsOf('Marianne Gauthier rose on Tuesday.\n\n"Did the chief of staff ask them to stop?" the leader asked.', 'en').map((st) => st.speaker ?? null)).not.toContain('person/marianne-gauthier');
  });

  it('\'a figure MacPherson dismissed as "…"\': a person and a verb of calling right before the quote speak it, not the sentence\'s subject', () => {
    const x = statementsOf('Owen MacPherson asked about nurses. Lachance answered that the province had funded 3,000 new positions, a figure MacPherson dismissed as "a talking point, not a staffing plan."', 'en');
    expect(x.filter((st) => st.kind === 'direct').map((st) => [st.speaker, st.text])).toEqual([['person/owen-macpherson', 'a talking point, not a staffing plan.']]);
  });

  it('\'He called the motion "political theatre" and said …\': a short quote a verb of calling takes as its object, in a sentence that quotes more, is its subject\'s', () => {
    const x = statementsOf('Government House Leader Bill Harcourt responded for the government. He called the motion "political theatre" and said a confidence vote would not "add a single bed to a single hospital."', 'en');
    expect(x.filter((st) => st.kind === 'direct').map((st) => [st.speaker, st.text])).toEqual([['person/bill-harcourt', 'political theatre'], ['person/bill-harcourt', 'add a single bed to a single hospital.']]);
    // One that quotes nothing more is read as the sentence's reported speech.
    const alone = statementsOf('Bill Harcourt responded for the government. He called the motion "political theatre" in the House.', 'en');
    expect(alone.map((st) => st.kind)).not.toContain('direct');
  });

  it('"Who is accountable?" Ms Carty asked.: after a question or an exclamation, the attribution is the next sentence on the line', () => {
    const x = statementsOf('Siobhán Carty and Tom Brady spoke in the debate.\n\n"Who is accountable for the other beds?" Ms Carty asked.\n\n"This is a scandal!" Tom Brady said.', 'en');
    expect(summary(x).map(([who, , text]) => [who, text])).toEqual([
      ['siobhan-carty', 'Who is accountable for the other beds?'],
      ['tom-brady', 'This is a scandal!'],
    ]);
  });

  it('"A Downing Street spokesperson said": the body speaks through its spokesperson; "in Downing Street, a spokesperson said" names nobody', () => {
    expect(summary(statementsOf('A Downing Street spokesperson said after the session that the minister had full confidence in her team.', 'en'))).toEqual([
      ['downing-street', 'indirect', 'A Downing Street spokesperson said after the session that the minister had full confidence in her team.'],
    ]);
  });

  it('a noun made from an adjective stands for the person last named (« La socialiste a confirmé », « a assuré le Zurichois »), a body\'s noun does not', () => {
    const x = statementsOf("La secrétaire nationale du PS, Gaëlle Tanguy, était à Lille. La socialiste a confirmé que le PS serait présent.\n\nLe chef du DEFR, Andreas Hürzeler, a parlé. «Les stocks ne sont pas touchés», a assuré le Zurichois, qui s'exprimait en français. La direction a assuré que rien ne changerait.");
    expect(summary(x).map(([speaker, , text]) => [speaker, text.slice(0, 20)])).toEqual([
      ['gaelle-tanguy', 'La socialiste a conf'],
      ['andreas-hurzeler', 'Les stocks ne sont p'],
    ]);
  });

  it('a title stands for the person of its gender last named (« a lancé l\'élu », « l\'adjointe a répondu »); a name past a gerund is spoken to', () => {
    const x = statementsOf("C'est Karim Vidal, chef de l'opposition, qui a ouvert le débat. « Le terrain vaut trois millions », a lancé l'élu, en s'adressant à l'adjointe aux finances, Sandrine Roux.\n\nVisiblement touchée, l'adjointe a répondu que l'évaluation avait été revue en décembre.");
    expect(summary(x).map(([speaker, , text]) => [speaker, text.slice(0, 20)])).toEqual([
      ['karim-vidal', 'Le terrain vaut troi'],
      ['sandrine-roux', "Visiblement touchée,"],
    ]);
  });

  it('a noun of speech and whose it is stand for a verb before a colon (« Réplique immédiate de X : », "Reaction from X:")', () => {
    const x = statementsOf("Le conseiller Thierry Lebon a dénoncé un cadeau au promoteur. Réplique immédiate de Karim Vidal : « Nous avons voté un principe, pas un prix. »");
    expect(x.find((s) => s.text.startsWith('Nous avons voté'))).toMatchObject({ speaker: 'person/karim-vidal', stance: 'response' });
    const en = statementsOf('The council approved the sale on Monday. Reaction from opposition leader Dana Whitlock: "This is a giveaway to a developer."', 'en');
    expect(en.find((s) => s.text.startsWith('This is a giveaway'))?.speaker).toBe('person/dana-whitlock');
  });

  it('a party\'s adjective before a title is not the speaker ("the Tory leader accused …"), the party named alone is ("Labour said")', () => {
    const x = statementsOf('Opening the session, the Tory leader accused the Prime Minister of "hiding the truth from the public". Labour said it would vote against.', 'en');
    expect(x.map((s) => s.speaker ?? null)).toEqual([null, 'org/labour-party']);
  });

  it('"told reporters outside Parliament House the answer was …": past whom the verb addresses, a clause with no "that"', () => {
    expect(summary(statementsOf('Grace Pellegrino later told reporters outside Parliament House the minister’s answer was evasive. Tom Hale told reporters in the afternoon about his plans.', 'en')).map(([speaker]) => speaker)).toEqual(['grace-pellegrino']);
  });

  it('« Du côté du ministère de l’Intérieur, on rappelle que … « … » »: the side speaks through « on », not the person quoted before', () => {
    const statements = statementsOf('La préfète, Anne-Laure Thibaudeau, s’est montrée prudente. Elle a indiqué samedi qu’elle examinait « la proportionnalité » de l’arrêté. Du côté du ministère de l’Intérieur, on se contente de rappeler que de tels arrêtés « doivent rester exceptionnels et limités dans le temps ».');
    expect(statements.find((s) => s.text.startsWith('doivent rester'))?.speaker).toBe('org/ministere-de-l-interieur');
  });

  it('« La cheffe de groupe Ecolo, Sophie Lemaire-Dubois, a regretté que … »: a body, a comma and a person are an apposition, not two subjects', () => {
    expect(statementsOf('La cheffe de groupe Ecolo, Sophie Lemaire-Dubois, a regretté que les communes n’aient pas été consultées.').map((s) => s.speaker)).toEqual(['person/sophie-lemaire-dubois']);
  });

  it('« Côté RN, X a accusé … » is X’s statement; « Le PTB, par la voix de Julie Mertens, a réclamé … » is Julie Mertens’s', () => {
    const side = statementsOf('Claire Dumesnil a parlé. Côté Rassemblement national, Yannick Ferrand a accusé la gauche de « récupérer la colère des territoires » qu’elle aurait, selon lui, longtemps ignorée.');
    expect(side.map((s) => s.speaker)).toEqual(['person/yannick-ferrand']);
    const voice = statementsOf('Le PTB, par la voix de Julie Mertens, a réclamé le retrait du plan.');
    expect(voice.map((s) => s.speaker)).toEqual(['person/julie-mertens']);
  });

  it('English reported speech without "that": "said faculty members felt …", "said staff had been told …"; "said in a statement." reports nothing', () => {
    expect(summary(statementsOf('Miguel Arrieta said faculty members felt angry. Shane Doyle said staff had been told the news at a meeting. Tom Hale said in a statement.', 'en')).map(([speaker]) => speaker)).toEqual(['miguel-arrieta', 'shane-doyle']);
    // A longer subject, up to its auxiliary and participle.
    expect(summary(statementsOf('The union\'s president, Mervin Gustav, said staff in the Ministry of Infrastructure had raised concerns in 2023.', 'en')).map(([speaker]) => speaker)).toEqual(['mervin-gustav']);
    // A longer subject, when a modal shows the clause's verb: "said basic goods, including bread and milk, would …".
    expect(summary(statementsOf('Finance Minister Tebogo Kesupile said basic goods, including bread flour and milk, would remain exempt. Tom Hale said in a statement.', 'en')).map(([speaker]) => speaker)).toEqual(['tebogo-kesupile']);
  });

  it('reads a quote that runs over several paragraphs', () => {
    const text = 'La sénatrice Claire Morvan a répondu :\n\n« Nous avons attendu trop longtemps ce texte,\n\n« et nous ne le laisserons pas mourir en commission. »';
    const statements = statementsOf(text);
    expect(summary(statements)).toEqual([['claire-morvan', 'direct', 'Nous avons attendu trop longtemps ce texte … et nous ne le laisserons pas mourir en commission.']]);
  });

  it('« … » broken over two lines with no blank line between them is one quote, attributed before its colon', () => {
    const text = "La présidente de l'USR, Ioana Mihailescou, explique que son parti votera pour :\n« Nous ne partageons rien avec les auteurs de ce texte.\nMais nous ne pouvons pas laisser croire que ce gouvernement a un soutien. »";
    expect(summary(statementsOf(text)).filter(([, kind]) => kind === 'direct')).toEqual([['ioana-mihailescou', 'direct', 'Nous ne partageons rien avec les auteurs de ce texte. … Mais nous ne pouvons pas laisser croire que ce gouvernement a un soutien.']]);
  });

  it('a quote in straight marks that runs over paragraphs, each reopening it; attributed after its last paragraph, or by the one before', () => {
    const text = 'Prime Minister Kendrick Augustin accepted the resignation.\n\n"If the commission finds that public money was misused, it will be recovered.\n\n"And if officials were put under pressure, they will be protected," Augustin said.';
    expect(summary(statementsOf(text, 'en'))).toEqual([['kendrick-augustin', 'direct', 'If the commission finds that public money was misused, it will be recovered. … And if officials were put under pressure, they will be protected']]);
  });

  it('« Dans sa lettre, l\'intéressé se défend : « … » »: the person concerned, named before, before a colon or after the verb', () => {
    const before = "Desmond Faucher, ministre des Infrastructures, a remis mardi sa démission au Premier ministre.\n\nDans sa lettre, l'intéressé se défend : « Je n'ai rien fait de mal. »";
    expect(statementsOf(before).map((s) => s.speaker)).toEqual(['person/desmond-faucher']);
    expect(statementsOf("Desmond Faucher, ministre des Infrastructures, a démissionné. « Je n'ai rien fait de mal », a répondu l'intéressé.").map((s) => s.speaker)).toEqual(['person/desmond-faucher']);
  });

  it('« Tout juste a-t-il rappelé que « … » »: the pronoun an inverted auxiliary carries is the subject', () => {
    const text = 'Le président du Conseil national, Marc Bertani, n\'a pas souhaité commenter les propos de son collègue. Tout juste a-t-il rappelé que « le dialogue institutionnel se fait en séance publique ».';
    expect(statementsOf(text).map((s) => s.speaker)).toEqual(['person/marc-bertani']);
  });

  it('« Elle a salué le ministre, Paul Lambert, avec qui elle dit … »: the pronoun nearest the verb, past a person set off by commas, is its subject', () => {
    const text = 'La sénatrice Claire Morvan a défendu le texte. Elle a salué le ministre, Paul Lambert, avec qui elle dit partager une même ambition pour la région.';
    expect(statementsOf(text).map((s) => s.speaker)).toEqual(['person/claire-morvan', 'person/claire-morvan']);
  });

  it('"Lawyer X, who represents Y, said his client had been "…"": the quote in the clause is X\'s, not the name inside the relative clause', () => {
    const text = 'Kebba Nyass resigned on Wednesday.\n\nLawyer Momodou Secko, who represents Nyass, said his client had been "tried in the court of social media".';
    expect(statementsOf(text, 'en').filter((s) => s.kind === 'direct').map((s) => s.speaker)).toEqual(['person/momodou-secko']);
  });

  it('« a-t-elle d\'abord reconnu face au journaliste X. Avant d\'ajouter : « … » »: an adverb after the inverted auxiliary; the speaker goes on', () => {
    const text = "Invitée de Radio Kledou, la ministre de l'Énergie, Aminata Coulibaly, a parlé des délestages.\n\n« Je ne vais pas vous mentir : la situation est très difficile », a-t-elle d'abord reconnu face au journaliste Boubacar Sidibo. Avant d'ajouter, quelques secondes plus tard : « Mais je peux vous dire que le pire est derrière nous. »";
    expect(statementsOf(text).filter((s) => s.kind === 'direct').map((s) => s.speaker)).toEqual(['person/aminata-coulibaly', 'person/aminata-coulibaly']);
  });

  it('« le chef du groupe AUR a accusé … »: the party a title leads is not who speaks', () => {
    const x = statementsOf('Sur Digi24, le chef du groupe AUR à la Chambre a accusé le PSD et le PNL de « se cacher » en refusant de voter.');
    expect(x.map((s) => s.speaker).filter((s) => s?.startsWith('org/'))).toEqual([]);
  });

  it('"the Forum, which said …": "which" after a body stands for it', () => {
    const text = 'Her demand was taken up by the Harbour Accountability Forum, which said in a statement that voice votes were "a way of hiding in a crowd".';
    expect(statementsOf(text, 'en').map((s) => s.speaker)).toEqual(['org/harbour-accountability-forum']);
  });

  it('« a lancé l\'élu au micro de la radio publique »: the title after the verb is the subject, up to where the words were said', () => {
    const text = "Invité de Radio Monaco, Stéphane Gastaldi, président de la commission des finances, n'a pas mâché ses mots.\n\n« Le gouvernement nous prend pour une chambre d'enregistrement », a lancé l'élu au micro de la radio publique.";
    expect(statementsOf(text).map((s) => [s.speaker, s.extractor])).toEqual([['person/stephane-gastaldi', 'statements/verb-after-quote']]);
  });

  it('English: the speaker before the verb after the quote, and "said X" inverted', () => {
    const statements = statementsOf('"This is a giveaway to polluters," Maria Okonkwo told reporters. "We will not vote for it," said Tom Hale.', 'en');
    expect(summary(statements)).toEqual([
      ['maria-okonkwo', 'direct', 'This is a giveaway to polluters'],
      ['tom-hale', 'direct', 'We will not vote for it'],
    ]);
    // Past an apposition between commas: '"…," Sharon Mohammed, 62, of Bagatelle Road, told the Herald'.
    const apposition = statementsOf('"The water came in ten minutes. I lost my fridge, everything," Grace Pillay, 62, of Bagatelle Road, told the Herald.', 'en');
    expect(summary(apposition)).toEqual([['grace-pillay', 'direct', 'The water came in ten minutes. I lost my fridge, everything']]);
  });
});

describe('speaker attribution', () => {
  it('"During Leaders\' Questions": a capitalised word past the clause\'s first is a name\'s, not a reporting verb', () => {
    const x = statementsOf('During Leaders\' Questions in the Dáil, Sinn Féin leader Ciarán Ó Dálaigh said the figures were "a damning verdict on five years of housing policy".', 'en');
    expect(x.find((s) => s.kind === 'direct')?.speaker).toBe('person/ciaran-o-dalaigh');
  });

  it('« « … », a-t-il lancé sur La Première (RTBF), accusant l\'opposition de mener « … » »: a participle goes on the quote\'s clause and its speaker; « ajoutant que le président russe avait « … » » does not', () => {
    const x = statementsOf('Le président du parti, Julien Marchal, a défendu sa ministre. « Elle a fait preuve d’un sens des responsabilités que beaucoup n’ont jamais eu », a-t-il lancé sur La Première (RTBF), accusant l’opposition de mener « une chasse à l’homme indigne ».');
    expect(summary(x)).toEqual([
      ['julien-marchal', 'direct', 'Elle a fait preuve d’un sens des responsabilités que beaucoup n’ont jamais eu'],
      ['julien-marchal', 'direct', 'une chasse à l’homme indigne'],
    ]);
  });

  it('« Une proposition aussitôt balayée par Bernard Lescure : « … » »: the one person of a colon clause, its agent, speaks', () => {
    const x = statementsOf('La préfète a proposé un hébergement près de la maternité.\n\nUne proposition aussitôt balayée par Bernard Lescure : « On ne va pas envoyer les femmes à l’hôtel trois semaines avant le terme. »');
    expect(summary(x).map(([who, kind]) => [who, kind])).toEqual([['bernard-lescure', 'direct']]);
  });

  it('« a déploré par la voix de son directeur, Arnaud Deprez, « … » »: a body speaks through the person its sentence names', () => {
    const x = statementsOf('L’Union des classes moyennes a déploré par la voix de son directeur, Arnaud Deprez, « une journée perdue pour des milliers de commerçants ».');
    expect(summary(x).find(([, kind]) => kind === 'direct')?.[0]).toBe('arnaud-deprez');
  });

  it('"The opposition leader accused the Government of …" stands for the person the article introduced with that title', () => {
    const x = statementsOf('The opposition leader, Siobhán Carty, raised the case with the family\'s permission.\n\nThe opposition leader accused the Government of "managing headlines instead of hospitals".', 'en');
    expect(summary(x).map(([who]) => who)).toEqual(['siobhan-carty']);
  });

  it('"the justice secretary", "the PM": a portfolio in lower case before a minister\'s title, and "PM" after "the", stand for the person the article gave them to; "7:42 PM" is a time', () => {
    const x = statementsOf('The prime minister, Richard Ashworth, took questions. The justice secretary, Naomi Fairbairn, sat beside him.\n\nOn Monday, the justice secretary announced that the scheme would be extended to more offenders.\n\nThe PM replies that he takes responsibility for the prisons, at 7:42 PM on the dot.', 'en');
    expect(summary(x).map(([who, , text]) => [who, text.slice(0, 30)])).toEqual([
      ['naomi-fairbairn', 'On Monday, the justice secreta'],
      ['richard-ashworth', 'The PM replies that he takes r'],
    ]);
  });

  it('a quote that goes on her words is hers, not the Taoiseach\'s her quote reports; "Taoiseach" and « Tánaiste » are titles', () => {
    const text = 'Taoiseach Eoin Kelly defended his record. Labour leader Áine Roche was scathing.\n\n"The Taoiseach stood there and told this House that things were getting better," she said. "Will the Taoiseach come in here today and correct the record?"';
    const x = statementsOf(text, 'en');
    expect(x.filter((s) => s.kind === 'direct').map((s) => s.speaker)).toEqual(['person/aine-roche', 'person/aine-roche']);
    expect(extractArticle({ id: 't-en.txt', source: 'test', text, given: { lang: 'en' } }, lex).roles).toContainEqual(expect.objectContaining({ entity: 'person/eoin-kelly', title: 'prime-minister' }));
  });

  it('a pronoun after a quote is the subject before it, not a person in the phrase the sentence opens with', () => {
    const en = 'Speaking to radio host Lisa Whitcombe this morning, Ruth Gallagher said the sales would go ahead.\n\n"We are not walking away from public housing," she said.';
    expect(summary(statementsOf(en, 'en')).filter(([, kind]) => kind === 'direct')).toEqual([['ruth-gallagher', 'direct', 'We are not walking away from public housing']]);
    const fr = 'Interrogée par la journaliste Claire Fontaine, la ministre Anne Morel a défendu son texte. « Nous ne reculerons pas sur cette réforme », a-t-elle dit.';
    expect(summary(statementsOf(fr)).filter(([, kind]) => kind === 'direct')).toEqual([['anne-morel', 'direct', 'Nous ne reculerons pas sur cette réforme']]);
  });

  it('« dans un communiqué publié lundi, il a dit … que Mme Azar « … » »: a participle that describes a noun is no reporting verb, and the clause\'s subject speaks', () => {
    const text = 'Nadia Azoury, qui dirigeait l’office depuis 2021, y affirme avoir été « empêchée d’appliquer la moindre réforme ».\n\nLe ministre de l’Énergie, Fadi Karam, a été le premier à réagir. Dans un communiqué publié lundi soir, il a dit « regretter » cette décision tout en estimant que Mme Azoury « aurait dû mener ces combats de l’intérieur ».';
    expect(summary(statementsOf(text)).filter(([, , t]) => t.startsWith('aurait dû'))).toEqual([['fadi-karam', 'direct', 'aurait dû mener ces combats de l’intérieur']]);
  });

  it('« Le Speaker, X, a dû rappeler … « … », a-t-il prévenu »: the Speaker of a French-speaking house is a title', () => {
    const text = 'Le Speaker, Soobiraj Nundlall, a dû rappeler les députés à l’ordre. « Je ne tolérerai pas d’interpellations croisées », a-t-il prévenu.';
    expect(summary(statementsOf(text)).map(([who]) => who)).toEqual(['soobiraj-nundlall']);
  });

  it('a speaker introduced before a colon, in the same paragraph or the one before', () => {
    expect(summary(statementsOf('Et le porte-parole Jean Dubreuil résumait : « Il n’y aura aucune concession sur ce point précis ».'))).toEqual([
      ['jean-dubreuil', 'direct', 'Il n’y aura aucune concession sur ce point précis'],
    ]);
    expect(summary(statementsOf('Le député Karel Dumoulin jugeait cette décision absurde :\n\n« C’est la décision la plus absurde de la législature. »'))).toContainEqual(
      ['karel-dumoulin', 'direct', 'C’est la décision la plus absurde de la législature.'],
    );
  });

  it('« a-t-il tweeté »: the pronoun is the person last named as a subject, outside the quote', () => {
    const statements = statementsOf('Ce lundi, Paul Lambert a changé d’avis face à Marie Dupuis.\n\n« Le projet de loi sera retiré dès demain matin », a-t-il tweeté.');
    expect(statements.find((s) => s.kind === 'direct')).toMatchObject({ speaker: 'person/paul-lambert', venue: 'org/twitter' });
  });

  it('a venue named in the attribution: « a dit X à la chaîne NBC », « sur CBS »', () => {
    const [s] = statementsOf('« Ce n’est pas l’idée la plus stupide que j’ai entendue », a dit Lindsey Graham à la chaîne NBC.');
    expect(s).toMatchObject({ speaker: 'person/lindsey-graham', venue: 'outlet/nbc' });
  });

  it('keeps a quote whose speaker the text does not give, with no speaker and a low confidence', () => {
    const [s] = statementsOf('Dans les couloirs, on entendait : « Personne ne sait vraiment ce qui va se passer demain. »');
    expect(s).toMatchObject({ kind: 'direct', text: 'Personne ne sait vraiment ce qui va se passer demain.' });
    expect(s!.speaker).toBeUndefined();
    expect(s!.confidence).toBeLessThan(0.5);
  });

  it('"the Tory leader accused the Prime Minister of …": whom the verb names as its object is not the speaker of a subject no one was found to hold', () => {
    const [s] = statementsOf('Prime Minister Claire Holloway took questions.\n\nOpening the session, the Tory leader accused the Prime Minister of "hiding the truth from the public" and asked her to confirm the figures.', 'en');
    expect(s).toMatchObject({ kind: 'direct', text: 'hiding the truth from the public' });
    expect(s!.speaker).toBeUndefined();
    // (One named after « que » speaks in a clause of their own.)
    const [t] = statementsOf('Le journaliste lui rappelle que Sandrine Dalmas, la présidente du parti, a qualifié la loi de « demi-mesure pour calmer les campagnes ».');
    expect(t!.speaker).toBe('person/sandrine-dalmas');
  });

  it('« Quand le journaliste rappelle que X a qualifié la loi de « … », Y hausse le ton : « … » »: past a quotation, the clause that names someone is the colon\u2019s', () => {
    const statements = statementsOf('Et quand le journaliste lui rappelle que Sandrine Dalmas, la présidente du RN, a qualifié la loi de « demi-mesure pour calmer les campagnes », Élodie Farrant hausse le ton : « Mme Dalmas n’a jamais proposé un euro pour l’irrigation. Elle commente, nous, nous faisons. »');
    expect(statements.find((s) => s.text.startsWith('Mme Dalmas'))?.speaker).toBe('person/elodie-farrant');
  });

  it('« …, tout en jugeant que … »: a French gerundive goes on with the subject of the verb before it, not with whom that verb named', () => {
    const statements = statementsOf('Le ministre du Travail Gilles Ferrand a déclenché lundi une vague d’indignation.\n\nAu Rassemblement national, le vice-président Kévin Delattre a accusé le ministre de « découvrir le chômage depuis un salon parisien », tout en jugeant que le gouvernement « se trompe de cible ».');
    expect(statements.filter((s) => s.speaker === 'person/gilles-ferrand')).toEqual([]);
  });

  it('« Questionnée par Hugo Lemaure (Le Monde) …, l’ancienne cheffe de service a balayé la question : « … » »: neither who asked nor the outlet glossing them speaks', () => {
    const statements = statementsOf('Questionnée enfin par Hugo Lemaure (Le Monde) sur ses ambitions pour 2027, l’ancienne cheffe de service à l’hôpital de Lyon a balayé la question d’un sourire : « Je ne suis candidate à rien, sauf à faire voter cette loi. »');
    expect(statements.find((s) => s.text.startsWith('Je ne suis candidate'))?.speaker).toBeUndefined();
  });

  it('« INVITÉ RTL - Thibault Garrigan sur la réforme : « … » »: with no verb, the outlet a person speaks on is no speaker', () => {
    const statements = statementsOf('INVITÉ RTL - Thibault Garrigan sur la réforme des vacances : « Je ne suis pas le ministre des vacances, je suis celui des territoires »\n\nLe ministre délégué chargé du Tourisme était l’invité de RTL Matin ce jeudi.');
    expect(statements.find((s) => s.text.startsWith('Je ne suis pas'))?.speaker).toBe('person/thibault-garrigan');
  });

  it('ignores short scare quotes that nobody is said to have said', () => {
    expect(statementsOf('Le gouvernement a présenté un « plan vert » jugé ambitieux.')).toEqual([]);
  });
});

describe('embedded tweets', () => {
  it('reads the tweet, its speaker by handle, its date and language, signature on the same line or the next', () => {
    const text = 'Le président a tweeté dimanche.\n\nPutin & I discussed forming an impenetrable Cyber Security unit.\n\n— Donald J. Trump (@realDonaldTrump) 9 juillet 2017\n\nWhy not put @JulianAssange in charge of it? https://t.co/abc — WikiLeaks (@wikileaks) July 9, 2017';
    const tweets = statementsOf(text, 'fr', '2017-07-10').filter((s) => s.extractor === 'statements/tweet-signature');
    expect(tweets.map((t) => [t.speaker, t.text, t.date, t.lang, t.venue])).toEqual([
      ['person/donald-trump', 'Putin & I discussed forming an impenetrable Cyber Security unit.', '2017-07-09', 'en', 'org/twitter'],
      ['org/wikileaks', 'Why not put @JulianAssange in charge of it?', '2017-07-09', 'en', 'org/twitter'],
    ]);
  });

  it('"X posted a photograph." right before X\'s tweet introduces it and reports nothing; "posted that …" reports', () => {
    const tweet = '\n\nNo bread, no milk, no ferry. Nine days now.\n\n— Morag Kennedy (@MoragColla) August 5, 2025';
    const intro = statementsOf(`On the ninth day, Morag Kennedy, who chairs the community council, posted a photograph of an empty shelf.${tweet}`, 'en', '2025-08-06');
    expect(intro.map((s) => s.extractor)).toEqual(['statements/tweet-signature']);
    const content = statementsOf(`On the ninth day, Morag Kennedy posted that the island shop had run out of bread.${tweet}`, 'en', '2025-08-06');
    expect(content.map((s) => s.extractor)).toEqual(['statements/reported-speech', 'statements/tweet-signature']);
  });

  it('reads a signature whose handle is longer than Twitter allows (pages and other platforms carry them)', () => {
    const [t] = statementsOf('Anger was building online.\n\nUnacceptable. We will be on the streets on Saturday to say no\n\n— Sophie Pennington (@SophiePennington) March 8, 2023', 'en');
    expect(t).toMatchObject({ speaker: 'person/sophie-pennington', text: 'Unacceptable. We will be on the streets on Saturday to say no', extractor: 'statements/tweet-signature' });
  });

  it('finds the speaker of an unknown handle by the name it signs with', () => {
    const [t] = statementsOf('The bill will cut emissions by half — Tom Hale (@TomHaleEnergy) May 14, 2024', 'en');
    expect(t).toMatchObject({ speaker: 'person/tom-hale', date: '2024-05-14' });
  });

  it('reads a post whose name and handle share a line ("Name @handle", "@handle · Name") over its text and date line; a handle that spells the last name vouches for the name', () => {
    const text = 'That promise drew a sharp reply from a member of the lower house.\n\nAidos Kenzhebayev @kenzhebayev_a\nThe ministry has been preparing rules since 2022. Certify her, don’t fight her.\nJan 17, 2025\n\n@kmirzo · Kamila Mirzoyeva\nNobody in my building has opened a window since Sunday.\n9:04 PM · Jan 14, 2025 · 212K Views\n\nThe ministry said nothing. Residents wrote to @kenzhebayev_a and others all week.';
    const posts = statementsOf(text, 'en', '2025-01-20').filter((s) => s.extractor === 'statements/tweet-signature');
    expect(posts.map((p) => [p.speaker, p.date, p.text.slice(0, 20)])).toEqual([
      ['person/aidos-kenzhebayev', '2025-01-17', 'The ministry has bee'],
      ['person/kamila-mirzoyeva', '2025-01-14', 'Nobody in my buildin'],
    ]);
  });

  it('reads a post as pages render it, the header "Name (@handle) · date" first and the text on the next line', () => {
    const text = 'Les réactions ont suivi.\n\nLéa Moreau (@LeaMoreauDep) · 9 oct. 2025\nLe ministre m’attaque au lieu de répondre. Nous voterons contre.\n\nPaul Vidal (@PaulVidal) a répondu dans la soirée.';
    const tweets = statementsOf(text, 'fr', '2025-10-09').filter((s) => s.extractor === 'statements/tweet-signature');
    expect(tweets.map((t) => [t.speaker, t.text, t.date])).toEqual([['person/lea-moreau', 'Le ministre m’attaque au lieu de répondre. Nous voterons contre.', '2025-10-09']]);
  });
});

describe('posts of other platforms, as pages render them', () => {
  const text = [
    'Le représentant Clay Thibodeaux a défendu son texte sur X.',
    'Clay Thibodeaux\n@RepThibodeaux\nHB 512 puts reading first. Proud of today’s committee vote.\n8:14 PM · 29 avr. 2025',
    'Mélanie Broussard\n29 avril à 22:31 · 🌎\nCe soir, huit élus ont voté comme si le français était un luxe.',
    'Etienne Hébert\n@ehebert.bsky.social\n@RepThibodeaux Nos grands-parents ont été punis pour avoir parlé français à l’école.\n30 avril 2025 à 07:02',
  ].join('\n\n');
  const x = extractArticle({ id: 'p.txt', source: 'p', text, given: { lang: 'fr', published: '2025-05-03' } }, lex);
  const post = (words: string) => x.statements.find((st) => st.text.includes(words));

  it('a Facebook post dated in French (« 29 avril à 22:31 · ») is its author’s', () => {
    expect(post('huit élus')).toMatchObject({ speaker: 'person/melanie-broussard', extractor: 'statements/tweet-signature', date: '2025-04-29T22:31:00' });
  });

  it('a Facebook post dated first ("12 February 2025 · Majuro") is its author’s, whose first name no dictionary lists', () => {
    const text = ['A youth group shared the video with a message from one of its organisers.', 'Lijon Bigler\n12 February 2025 · Majuro\nWe are not against raising land. Show us the maps.\n1.2K reactions · 340 comments', '"People understood immediately," Bigler told RNZ Pacific.'].join('\n\n');
    const found = extractArticle({ id: 'f.txt', source: 'f', text, given: { lang: 'en', published: '2025-02-20' } }, lex).statements;
    expect(found.map((st) => [st.speaker, st.date ?? null, st.text.slice(0, 12)])).toEqual([
      ['person/lijon-bigler', '2025-02-12', 'We are not a'],
      ['person/lijon-bigler', null, 'People under'],
    ]);
  });

  it('a post signed with a page’s name of four words or more is a body’s', () => {
    const text = 'The resort answered on its page.\n\nBlue Reef Paje Resort\nJune 30, 2025 ·\nWe are deeply saddened by the misunderstanding shared on social media.';
    const [post] = extractArticle({ id: 'b.txt', source: 'b', text, given: { lang: 'en', published: '2025-07-02' } }, lex).statements;
    expect(post).toMatchObject({ speaker: 'org/blue-reef-paje-resort', extractor: 'statements/tweet-signature', date: '2025-06-30' });
  });

  it('a post signed with a page’s name no one is known by is the person the paragraph above it is about', () => {
    const text = ['Le 3 février, Somchai Phetsarath, 29 ans, vendeur de téléphones, a filmé les étiquettes d’un supermarché.', 'Souk Vientiane\n@souk.vientiane\nQuelqu’un peut m’expliquer comment on vit ?\n3 février 2025 · 41 k réactions'].join('\n\n');
    const posted = extractArticle({ id: 'q.txt', source: 'q', text, given: { lang: 'fr', published: '2025-02-16' } }, lex).statements.find((st) => st.text.startsWith('Quelqu’un'));
    expect(posted).toMatchObject({ speaker: 'person/somchai-phetsarath', extractor: 'statements/tweet-signature' });
  });

  it('a Bluesky card (a handle with dots) is its author’s, and a post that opens on a handle answers that account’s post', () => {
    const hebert = post('Nos grands-parents')!;
    expect(hebert.speaker).toBe('person/etienne-hebert');
    const answered = x.responses.filter((r) => r.from === hebert.key).map((r) => ('statement' in r.to ? x.statements.find((st) => st.key === (r.to as { statement: string }).statement)?.speaker : undefined));
    expect(answered).toContain('person/clay-thibodeaux');
  });
});

describe('reported speech', () => {
  it('"called across the chamber that …": a verb that names words reports the clause past where they were said', () => {
    const st = statementsOf('As the exchange grew heated, government senator Tevin Lavoie called across the chamber that the opposition had "left the valley with standpipes".', 'en');
    expect(summary(st)).toEqual([['tevin-lavoie', 'indirect', expect.stringContaining('called across the chamber that')]]);
    expect(statementsOf('The senator called the plan a disgrace in a long speech.', 'en')).toEqual([]);
  });

  it('"…, as Democrats accused her of …": after a comma, « as », « tandis que » open a clause whose subject is its own', () => {
    const x = statementsOf('The pick to run the Federal Aviation Administration faced a bruising hearing Tuesday, as Democrats accused her of quietly lobbying against tougher rules.', 'en');
    expect(x.map((s) => s.speaker)).not.toContain('org/federal-aviation-administration');
  });

  it('« La séance, présidée par X, s\'est ouverte sur la question de Y. « … », a-t-il lancé »: the pronoun is Y, not the agent of a passive', () => {
    const x = statementsOf("La séance, présidée par le vice-président de l'Assemblée Karim Mezhoud, s'est ouverte sur la question du député Abdelkader Ferrani, élu de Blida. « Monsieur le ministre, vous aviez promis de l'eau tous les jours avant l'été », a-t-il lancé.", 'fr');
    expect(x.map((s) => s.speaker)).toEqual(['person/abdelkader-ferrani']);
  });

  it('"Q – … ?" over a paragraph that is a quote: the interviewee answers, the last one who spoke', () => {
    const text = "Le président répond\n\nInterrogé sur la radio, le président du Conseil, Gaël Detcheverry, a assumé la décision. « Nous n'avions pas d'autre choix », a-t-il déclaré.\n\nQ – Combien coûtera la réparation ?\n\n« Autour de 600 000 euros, selon les premières estimations. Nous demanderons à l'État de nous accompagner. »";
    const x = extractArticle({ id: 'q.txt', source: 'q', text, given: { lang: 'fr' } }, lex);
    expect(x.statements.filter((s) => s.kind === 'direct').map((s) => [s.speaker, s.extractor])).toEqual([
      ['person/gael-detcheverry', 'statements/verb-after-quote'],
      ['person/gael-detcheverry', 'statements/interview-answer'],
    ]);
  });

  it('a round-up\'s name line ("Ama Seri, village head of Kampung Lanas") over a paragraph that is a quote names the person and gives the quote', () => {
    const text = 'Reactions pour in after land ruling\n\nHere is what they said:\n\nAma Seri, village head of Kampung Lanas\n"We have buried our parents on this land. Today the court listened to us."\n\nLina Anak Jau, JOAS\n"This is a victory for every village that has watched its forest disappear."';
    const x = extractArticle({ id: 'r.txt', source: 'r', text, given: { lang: 'en' } }, lex);
    expect(x.statements.map((s) => [s.speaker, s.extractor])).toEqual([
      ['person/ama-seri', 'statements/round-up-name'],
      ['person/lina-anak-jau', 'statements/round-up-name'],
    ]);
  });

  it('"clashed with X, who accused her department of …": a report in a relative clause set off by a comma is its antecedent\'s', () => {
    const x = statementsOf('Agriculture Minister Eleni Markou visited the dam on Monday. Christos Petrou sits on the committee. On Thursday, the minister clashed with Petrou, who accused her department of ignoring a study on leaking pipes.', 'en');
    expect(x.map((s) => s.speaker)).toEqual(['person/christos-petrou']);
  });

  it('"…, said the Tories had a nerve": a name that goes on with its own verb is the report\'s subject, not an inverted speaker', () => {
    const x = statementsOf('One Labour minister, speaking on condition of anonymity, said the Tories had a nerve lecturing anyone on cladding.', 'en');
    expect(x.map((s) => s.speaker)).not.toContain('org/conservative-party');
    expect(statementsOf('Ministers have lost control of the housing programme and must now publish the memo in full, said the Tories.', 'en').map((s) => s.speaker)).toEqual(['org/conservative-party']);
  });

  it('an attribution at a sentence\'s end, past a noun that could be a verb ("refuse claims") and before a phrase after a comma ("…, she said on Tuesday, in the biggest overhaul since 2019")', () => {
    const x = statementsOf('Canada will narrow the exemption carriers have used to refuse claims, Transport Minister Nadine Arsenault said on Tuesday, in the biggest overhaul since 2019.', 'en');
    expect(x.map((s) => [s.speaker, s.extractor])).toEqual([['person/nadine-arsenault', 'statements/trailing-attribution']]);
  });

  it('an attribution set off by commas inside the words it reports ("Europe, he said, cannot complain", « La réforme, a-t-il estimé, est injuste »), not before a clause of its own', () => {
    const en = statementsOf('The economist Tomás Engel spoke after the vote. Europe, he said, cannot complain about depending on American cloud providers.', 'en');
    expect(en.map((s) => [s.speaker, s.extractor])).toEqual([['person/tomas-engel', 'statements/inner-attribution']]);
    const fr = statementsOf('Le député Marc Roux a voté contre. La réforme, a-t-il estimé, est injuste pour les ouvriers.', 'fr');
    expect(fr.map((s) => [s.speaker, s.text])).toEqual([['person/marc-roux', 'La réforme, a-t-il estimé, est injuste pour les ouvriers.']]);
    expect(statementsOf('Le député Marc Roux a voté contre. Les heures, a-t-il maintenu, estimant que le texte est bon.', 'fr').map((s) => s.extractor)).not.toContain('statements/inner-attribution');
  });

  it('"The regulator said none of …": a body\'s noun stands for the body that spoke last, even one named after a time ("published on Tuesday, Ofwat said") or after "a record sum"', () => {
    const x = statementsOf('Wyvern Water has been ordered to pay a record sum. In a decision published on Tuesday morning, Ofwat said the company must also return £42m. The regulator said none of the money could be recovered from customers.', 'en');
    expect(x.map((s) => [s.speaker, s.text.slice(0, 20)])).toEqual([
      ['org/ofwat', 'In a decision publis'],
      ['org/ofwat', 'The regulator said n'],
    ]);
  });

  it('a party right after a title qualifies its holder, who speaks: « La députée PS estime … », « l\'élue Ecolo a lancé »', () => {
    const ps = statementsOf('Pour la socialiste Fabienne Delvaux, le problème est ailleurs. La députée PS estime que la direction a « sous-estimé » la dépendance du réseau.', 'fr');
    // Her view, opened by « Pour », and her estimate.
    expect(ps.map((s) => s.speaker)).toEqual(['person/fabienne-delvaux', 'person/fabienne-delvaux']);
    const ecolo = statementsOf('Julie Moreau a interrogé le patron. Plus tard, l\'élue Ecolo a lancé : « Les voyageurs se moquent de savoir qui est responsable. »', 'fr');
    expect(ecolo.filter((s) => s.kind === 'direct').map((s) => s.speaker)).toEqual(['person/julie-moreau']);
  });

  it('a title nobody holds yet, opening the next sentence, introduces the person just named: « X a pris la parole. Le député RN (…) a raillé »', () => {
    // Two deputies named only later do not take the title from him.
    const text = 'Puis Marc Vidal a pris la parole. Le député Rassemblement national (RN) du Gard a raillé « un chef-d’œuvre de langue de bois ». Plus tard, le député LR Paul Roux et le député PS Jean Sorel ont quitté la séance.';
    expect(statementsOf(text).map((s) => s.speaker)).toEqual(['person/marc-vidal']);
    // Named after « par », the person is no agent: the judge is someone else.
    const judge = extractArticle({ id: 't-fr.txt', source: 'test', text: 'La commune est dirigée depuis 2012 par Marc Vidal. Le juge a estimé que le dossier était incomplet.', given: { lang: 'fr' } }, lex);
    expect(judge.mentions.filter((m) => m.entity === 'person/marc-vidal').map((m) => m.span.text)).toEqual(['Marc Vidal']);
  });

  it('"Carla Dunphy (St. Mary\'s Centre) asked whether …": an abbreviation after a parenthesis ends no sentence', () => {
    const x = statementsOf("Carla Dunphy (St. Mary's Centre) then asked whether the government would publish a list of every closure.", 'en');
    expect(x.map((s) => s.speaker)).toEqual(['person/carla-dunphy']);
  });

  it('"…," U.S. Attorney Rebecca Anand said: dotted initials end no sentence and may describe the speaker', () => {
    const x = statementsOf('"Public money is not a personal favor bank," U.S. Attorney Rebecca Anand said at a news conference. "He sold that trust for vacations."', 'en');
    expect(x.map((s) => s.speaker)).toEqual(['person/rebecca-anand', 'person/rebecca-anand']);
  });

  it.each([
    ['« a démenti »', 'Vladimir Poutine a démenti avec véhémence toute ingérence.', 'vladimir-putin', 'denial'],
    ['« a averti que »', 'Le ministre Paul Lambert a averti que rien ne serait fait avant l’été.', 'paul-lambert', 'neutral'],
    ['« a indiqué à la presse que »', 'Le ministre des Affaires étrangères, Sergueï Lavrov, avait indiqué à la presse que l’accord tenait.', 'sergey-lavrov', 'neutral'],
    ['a passive « démentie par »', 'Cette déclaration a été démentie par la Maison-Blanche.', 'white-house', 'denial'],
    ['a passive whose agent is a role in a body, then its holder', 'Cette déclaration a été contestée par le député des Forces nouvelles (FN) Élie Rahmo.', 'elie-rahmo', 'denial'],
    ['a feminine participle', 'Intervention que Poutine a « catégoriquement niée ».', 'vladimir-putin', 'denial'],
    ['English "denied that"', 'Tom Hale denied that the bill had been written by lobbyists.', 'tom-hale', 'denial'],
  ])('%s', (_name, text, speaker, stance) => {
    const statements = statementsOf(text, /denied/.test(text) ? 'en' : 'fr');
    expect(statements.map((s) => [s.speaker?.replace(/^.*\//, ''), s.kind, s.stance])).toEqual([[speaker, 'indirect', stance]]);
  });

  it('a passive reports speech when it acts on words said, not on an idea or a sum (« une lecture contestée par X »)', () => {
    expect(statementsOf('Cette affirmation a été démentie par le ministre Paul Lambert.').map((s) => s.speaker)).toEqual(['person/paul-lambert']);
    expect(statementsOf('Une lecture contestée par le ministre Paul Lambert. La prime proposée par le syndicat a été jugée trop faible.')).toEqual([]);
    expect(statementsOf('That figure was disputed by Cr Barbara Whyte, who led the opposition to the trial.', 'en')).toEqual([]);
  });

  it('« prendre en charge »: a word after the preposition « en » is a noun, no verb (no criticism, nobody answered)', () => {
    const x = extractArticle({ id: 'q.txt', source: 'q.txt', text: "Le ministre Paul Lambert a assuré que l'État prendrait en charge un hébergement près du CHU de Clermont-Ferrand.", given: { lang: 'fr' } }, lex);
    expect(x.statements.map((s) => [s.speaker, s.stance])).toEqual([['person/paul-lambert', 'neutral']]);
    expect(x.responses).toEqual([]);
  });

  it('records the source an article cites: « selon CNBC », "according to Reuters"', () => {
    expect(statementsOf('Cette déclaration a été démentie par la Maison-Blanche, selon CNBC.')[0]).toMatchObject({ speaker: 'org/white-house', source: 'outlet/cnbc' });
    expect(statementsOf('Tom Hale denied the report, according to Reuters.', 'en')[0]).toMatchObject({ speaker: 'person/tom-hale', source: 'outlet/reuters' });
  });

  it('resolves « dimanche » against the article date', () => {
    const [s] = statementsOf('Le président américain a affirmé dimanche vouloir aller de l’avant.', 'fr', '2017-07-10');
    expect(s).toMatchObject({ speaker: 'person/donald-trump', date: '2017-07-09' });
  });
});

describe('more verbs after a quote', () => {
  it.each([
    ['« a commencé »', '« Je veux d’abord présenter mes excuses aux voyageurs restés à quai », a commencé Benoît Claessens devant la commission.', 'fr'],
    ['« souffle »', '« Il ne passera pas l’hiver à ce poste, croyez-moi », souffle Benoît Claessens, un proche du ministre.', 'fr'],
    ['"concluded"', '"We will not give up on this town, whatever the board decides," Benoît Claessens concluded.', 'en'],
    ['« l’a coupé »', '« Monsieur Vasić, vous n’avez pas la parole », l’a coupé le président de séance, Benoît Claessens.', 'fr'],
    ['"interrupted"', '"Order! The member will resume his seat," Speaker Benoît Claessens interrupted.', 'en'],
  ])('%s', (_name, text, lang) => {
    expect(summary(statementsOf(text, lang)).map(([who, kind]) => [who, kind])).toEqual([['benoit-claessens', 'direct']]);
  });

  it('« a commencé les travaux » reports nothing', () => {
    expect(statementsOf('Le maire Benoît Claessens a commencé les travaux de la place en mars.')).toEqual([]);
  });
});

describe('what reported speech must report', () => {
  it.each([
    ['no object: "has conceded."', 'Doug Whitfield has not conceded.', 'en'],
    ['a response verb with only a time: « réplique le lendemain »', 'Paul Lambert réplique le lendemain sur la radio flamande.', 'fr'],
    ['a verb addressing a person: « a interpellé la ministre »', 'La députée Inès Berrada a interpellé la ministre sur le rappel des lots.', 'fr'],
    ['a response verb and a time: "hit back within the hour"', 'Rachel Mainwaring hit back within the hour.', 'en'],
    ['a response verb and a time with its adjective: "replied directly the next morning"', 'The transport minister, Aileen MacPhail, replied directly the next morning.', 'en'],
    ['a passive: "was told"', 'Dr Alison Cartwright was told in 2021 what was happening on the ward.', 'en'],
    ['a passive: « était accusé d’avoir »', 'Laurent Ebnöther était accusé d’avoir laissé transiter des fonds.', 'fr'],
    ['a verdict: « a condamné X à dix-huit mois de prison »', 'Le tribunal correctionnel de Poitiers a condamné mercredi Hervé Castagnac, maire de la commune, à dix-huit mois de prison avec sursis.', 'fr'],
    ['"called" with no quote after its object', 'Senator Paul Whitfield called a meeting for Friday and called on members to attend.', 'en'],
    ['a verdict upheld: « a confirmé, jeudi, la peine de six mois d’emprisonnement »', 'La cour d’appel de Dakar a confirmé, jeudi, la peine de six mois d’emprisonnement prononcée contre l’opposant Pape Ndour.', 'fr'],
    ['a ruling: "dismissed an urgent application"', 'On Friday, Judge Hannelie Prinsloo dismissed an urgent application by the Ministry of Education to interdict the strike.', 'en'],
    ['a ruling: « a rejeté le recours »', 'Le juge Paul Lambert a rejeté mardi le recours déposé par la commune.', 'fr'],
    ['a verdict in an incise: « , le tribunal a reconnu X, 61 ans, coupable »', 'Mercredi, peu après 17 heures, le tribunal correctionnel de Poitiers a reconnu Hervé Castagnac, 61 ans, coupable de prise illégale d’intérêts.', 'fr'],
  ])('nothing from %s', (_name, text, lang) => {
    expect(statementsOf(text, lang)).toEqual([]);
  });

  it.each([
    ['a thing asked: « a réclamé le remboursement »', 'Le ministre Paul Lambert a réclamé le remboursement des abonnements.', 'fr'],
    ['what one argues for: « a plaidé pour l’ouverture »', 'Paul Lambert a plaidé, via son compte Twitter, pour l’ouverture d’un nouveau chapitre.', 'fr'],
    ['a bare infinitive: « a affirmé dimanche vouloir »', 'Paul Lambert a affirmé dimanche vouloir aller de l’avant.', 'fr'],
    ['an English clause without "that"', 'Paul Whitfield said he had every sympathy with his staff.', 'en'],
    ['"called" before a short quote after its object', 'The bill would cost $4 billion, a figure Paul Whitfield later called "pure fiction" in the chamber.', 'en'],
  ])('a statement from %s', (_name, text, lang) => {
    expect(summary(statementsOf(text, lang)).map(([who, kind]) => [who, kind])).toEqual([['paul-lambert', 'indirect']].map(([w, k]) => [lang === 'en' ? 'paul-whitfield' : w, k]));
  });

  it('inside a quote, a person\'s neutral words are the speaker\'s (« la ministre nous dit qu\'on ne ferme rien »); a denial is theirs', () => {
    const neutral = statementsOf('« Le matin, la ministre Chantal Desrosiers nous dit qu’on ne ferme rien. Le soir, on ferme l’urgence », a dénoncé le député Paul Roy.');
    expect(summary(neutral).map(([who, kind]) => [who, kind])).toEqual([['paul-roy', 'direct']]);
    const denial = statementsOf('« J’ai interrogé le président Paul Roy sur cette affaire. Il a démenti avec véhémence », a écrit la ministre Chantal Desrosiers.');
    expect(summary(denial).map(([who, kind]) => [who, kind])).toContainEqual(['paul-roy', 'indirect']);
  });

  it('inside a quote, only a person reports speech: "Tonight Ottawa said yes" is a slogan', () => {
    const statements = statementsOf('"Tonight Ottawa said yes. Yes to building homes," Priya Raghunathan told supporters.', 'en');
    expect(summary(statements)).toEqual([['priya-raghunathan', 'direct', 'Tonight Ottawa said yes. Yes to building homes']]);
  });
});

describe('attribution from the discourse around a quote', () => {
  it('"Mr Moir, he said, retained "my full confidence"": an attribution set off by commas before a quote; its pronoun is not the report\'s subject', () => {
    const text = 'First Minister Fraser Lennox dismissed the call. Mr Moir, he said, retained "my full confidence", while the Conservatives "have no credible plan of their own" for care.';
    expect(summary(statementsOf(text, 'en')).filter(([, kind]) => kind === 'direct')).toEqual([
      ['fraser-lennox', 'direct', 'my full confidence'],
      ['fraser-lennox', 'direct', 'have no credible plan of their own'],
    ]);
  });

  it('« a dénoncé « … » et reproché à X d\'avoir « … » »: a reporting verb joined by « et », "and" after a quote goes on with its speaker', () => {
    const fr = 'Le député Olivier Bovay a dénoncé « un chèque en blanc signé par des citadins » et reproché au Conseil d’État d’avoir « mené une campagne molle ».';
    expect(summary(statementsOf(fr)).map(([who, , words]) => [who, words])).toEqual([
      ['olivier-bovay', 'un chèque en blanc signé par des citadins'],
      ['olivier-bovay', 'mené une campagne molle'],
    ]);
  });

  it('after an inverted verb: a subject far behind a long role, « la coalition » before a person named further on', () => {
    const long = '« Trois pour cent, c’était une promesse. Quatre et demi, c’est une facture », a lancé d’entrée de jeu le chef du Parti libéral du Québec et de l’opposition officielle, Étienne Beaudry.';
    expect(summary(statementsOf(long)).map(([who]) => who)).toEqual(['etienne-beaudry']);
    const coalition = 'La coalition Sàmm Sunu Réew a publié un texte. « Sous couvert d’économies, le pouvoir se débarrasse de cadres compétents », écrit la coalition dans ce texte signé de son coordonnateur, l’ancien ministre Abdourahmane Mbengue.';
    expect(summary(statementsOf(coalition)).filter(([, kind]) => kind === 'direct').map(([who]) => who)).toEqual(['samm-sunu-reew']);
  });

  it('""…," the spokesperson said": the body that spokesperson was named for, or the speaker whose statement it was', () => {
    const text = 'A spokesperson for the Drinking Water Inspectorate has been in touch with us.\n\n"We wrote to the company in March setting out a significant risk of failure at the works," the spokesperson said.';
    expect(summary(statementsOf(text, 'en')).map(([who]) => who)).toEqual(['drinking-water-inspectorate']);
    const said = 'In a written statement, the chief executive Graham Lindsay said the company had no relief vessel available.\n\n"Our engineering records show no outstanding defect on that system," the statement said.';
    expect(summary(statementsOf(said, 'en')).map(([who]) => who)).toEqual(['graham-lindsay', 'graham-lindsay']);
  });

  it('a publicity secretary is no minister: "the minister" after them is still the minister named before', () => {
    const text = 'The Minister of Power, Babatunde Arowolo, defended the tariff. Its national publicity secretary, Kelechi Umeh, said the comparison was cheap. Later on Monday, the minister wrote that his door remained open to the unions.';
    expect(summary(statementsOf(text, 'en')).map(([who, , words]) => [who, words.slice(0, 20)]).at(-1)).toEqual(['babatunde-arowolo', 'Later on Monday, the']);
  });

  it('« la bourgmestre » (Belgium), « le syndic » (Vaud), « la mairesse » (Québec) are mayors: « La bourgmestre lui rétorque » is the one named so before', () => {
    const text = "La bourgmestre Sophie Vandermeulen accuse le MR d'avoir « négocié dans le dos des habitants depuis l'été ». Réplique immédiate de Thomas Lambotte : « Ce n'est pas nous qui avons laissé filer le déficit. » La bourgmestre lui rétorque que ce déficit « est celui de la crise énergétique, pas celui d'Ecolo ».";
    expect(summary(statementsOf(text)).map(([who, , words]) => [who, words.slice(0, 20)])).toEqual([
      ['sophie-vandermeulen', 'négocié dans le dos '],
      ['thomas-lambotte', "Ce n'est pas nous qu"],
      ['sophie-vandermeulen', 'est celui de la cris'],
    ]);
  });

  it('a sentence after a quote closed on its own full stop is read apart (« … compromis. » Il a défendu un budget …)', () => {
    const text = "À la tribune, Philippe Castaing a répliqué à Clémence Tanguy : « Vous parlez au nom du peuple, mais vous refusez chaque compromis. » Il a défendu un budget « sérieux et juste ».";
    expect(summary(statementsOf(text)).map(([who, kind, words]) => [who, kind, words.slice(0, 22)])).toEqual([
      ['philippe-castaing', 'direct', 'Vous parlez au nom du '],
      ['philippe-castaing', 'indirect', 'Il a défendu un budget'],
    ]);
  });

  it('« Celui-ci a répliqué »: a demonstrative stands for the person named last, even after « par »; a sentence\'s main clause before the one it opens with', () => {
    const text = 'Le porte-parole du gouvernement, Amadou Sow, a appelé à la mesure. Des propos jugés déplacés par le secrétaire général adjoint du PDS, Mamadou Seck. Celui-ci a répliqué que le pouvoir cherchait à museler toute voix discordante.';
    expect(summary(statementsOf(text)).map(([who, , words]) => [who, words.slice(0, 22)])).toContainEqual(['mamadou-seck', 'Celui-ci a répliqué qu']);
    const framed = 'L’animateur Patrick Lavallée a reçu la ministre Geneviève Paquin. Quand celui-ci lui a demandé si les hôpitaux allaient fermer des lits, Mme Paquin a répondu qu’aucune fermeture n’était prévue.';
    expect(summary(statementsOf(framed)).map(([who]) => who)).toEqual(['genevieve-paquin']);
  });

  it('"the union" speaks for the nearest body named a union, past a nearer one that is not', () => {
    const text = 'The Kenya Medical Practitioners and Dentists Union called its members out on March 3. On Tuesday, the Employment and Labour Relations Court suspended the strike. The union said the order would not end the walkout.';
    expect(summary(statementsOf(text, 'en')).map(([who, , words]) => [who, words.slice(0, 9)])).toEqual([['kenya-medical-practitioners-and-dentists-union', 'The union']]);
  });

  it('« Visant X, qui avait qualifié … de « … », elle a regretté que … « … » »: the relative clause is X\'s, the main clause the pronoun\'s', () => {
    const text = 'Claire Morel a défendu sa réforme. Visant nommément Paul Vidal, le secrétaire général du syndicat, qui avait qualifié mardi la réforme de « hold-up sur les chômeurs », elle a regretté que le syndicat ait « choisi la rue avant la table ».';
    const byText = Object.fromEntries(statementsOf(text).map((s) => [s.text, s.speaker]));
    expect(byText['choisi la rue avant la table']).toBe('person/claire-morel');
    expect(byText['hold-up sur les chômeurs']).not.toBe('person/claire-morel');
  });

  it('"the Ministry of Housing" opens a name and points back to no body: the quote is not the body named before', () => {
    const text = 'Anna Reid has been minister since 2024 (PA Wire)\n\nThe memo shows civil servants at the Ministry of Housing told Anna Reid in June that the deadline was "no longer achievable on current trajectory".';
    const speakers = statementsOf(text, 'en').map((s) => s.speaker ?? null);
    expect(speakers).toHaveLength(1);
    expect(speakers).not.toContain('org/pa-wire');
  });

  it('a quote nobody is named for continues the speaker just before, until someone else is named', () => {
    const statements = statementsOf(
      '« Madame la ministre, vous saviez », a lancé la députée Inès Berrada. « Pendant dix-neuf jours, des parents ont donné ce sirop. »\n\nPuis, haussant le ton : « Qui avez-vous protégé, eux ou le laboratoire ? »\n\nLe ministre Paul Lambert a répondu plus tard. « Je ne laisserai personne dire cela. »',
    );
    expect(summary(statements).map(([who, , text]) => [who, text.slice(0, 20)])).toEqual([
      ['ines-berrada', 'Madame la ministre, '],
      ['ines-berrada', 'Pendant dix-neuf jou'],
      ['ines-berrada', 'Qui avez-vous protég'],
      ['paul-lambert', 'Je ne laisserai pers'],
    ]);
    expect(statements[1]).toMatchObject({ extractor: 'statements/continuation' });
  });

  it('« a-t-il dénoncé » after a quote is the subject of the sentence before, not its object', () => {
    const statements = statementsOf('Le syndicaliste Thierry Lemasson a accusé le ministre Clément Varenne de caricaturer les grévistes. « Il fait un numéro d’équilibriste », a-t-il dénoncé.');
    expect(statements.find((s) => s.kind === 'direct')?.speaker).toBe('person/thierry-lemasson');
  });

  it('« le constructeur », "the operator": the body the article introduced with that noun, not the body named last', () => {
    const fr = statementsOf('Le constructeur Stellantis a confirmé la fermeture du site. Le syndicat CGT a appelé à la grève. Le constructeur a répondu que « le plan social sera exemplaire ».');
    expect(fr.find((s) => s.text.includes('plan social'))?.speaker).toBe('org/stellantis');
    const en = statementsOf('Sailings were cancelled by the operator, Hebridean Island Ferries. The Colla Community Council called a meeting. The operator said it "regrets the disruption".', 'en');
    expect(en.find((s) => s.text.includes('regrets'))?.speaker).toBe('org/hebridean-island-ferries');
  });

  it('« X inculpé …, l’opposition réclame sa démission »: a common noun right before the verb is its subject, not the name before the comma', () => {
    expect(statementsOf('Le bourgmestre Jean-Marc Delforge a été inculpé dans l’affaire de la salle omnisports, et l’opposition réclame sa démission immédiate.')).toEqual([]);
    expect(statementsOf('Le bourgmestre Jean-Marc Delforge, réélu en 2024, réclame une enquête indépendante.').map((s) => s.speaker)).toEqual(['person/jean-marc-delforge']);
  });

  it('« La coalition X a dénoncé … Elle accuse … »: a pronoun no person fits is the body introduced with its gender; « la société civile » is no company named before', () => {
    const fr = statementsOf('Dans un communiqué, la coalition Avenir Commun a dénoncé « une purge déguisée ». Le texte est signé de son coordonnateur, Ibrahima Fall. Elle accuse le gouvernement de vouloir placer ses militants dans les ministères.');
    expect(fr.map((s) => [s.speaker, s.text.slice(0, 10)])).toContainEqual(['org/avenir-commun', 'Elle accus']);
    const venue = statementsOf('« Ils sont mal placés pour parler », a écrit le ministre Paul Sarr sur sa page Facebook.\n\nEntre les deux camps, la société civile appelle à la prudence.');
    expect(venue.map((s) => s.speaker)).toEqual(['person/paul-sarr']);
  });

  it('a quote that ends on a year is still attributed after it ("…in 2022," Marek said); "people answering those phones" reports no speech', () => {
    const en = statementsOf('Senator Tamsin Marek spoke first.\n\n"The senator is welcome to his indignation, but there were 3,000 fewer people answering those phones in 2022," Senator Marek said.', 'en');
    expect(summary(en)).toEqual([['tamsin-marek', 'direct', 'The senator is welcome to his indignation, but there were 3,000 fewer people answering those phones in 2022']]);
    const fr = statementsOf('Le député Laurent Sabatier a salué la franchise du ministre, tout en lui demandant des garanties.');
    expect(fr.map((s) => s.speaker)).toEqual(['person/laurent-sabatier']);
  });

  it('« le vice-président chargé des finances, X »: the participle describes the role, which names X; « Il a précisé » is the attribution, not the paragraphs back to X', () => {
    const x = extractArticle({ id: 't.txt', source: 'test', text: 'Le conseiller Julien Odier a protesté.\n\nC’est le vice-président chargé du développement économique, Patrice Grosjean, qui a détaillé la réponse. Selon lui, la convention prévoit le remboursement. « La clause existe, elle est en page 14 », a-t-il assuré.\n\nIl a précisé que la dernière tranche était gelée depuis lundi.', given: { lang: 'fr' } }, lex);
    expect(x.entities.find((e) => e.key === 'person/patrice-grosjean')?.gender).toBe('male');
    const clause = x.statements.find((s) => s.text.startsWith('La clause'));
    expect(clause?.speaker).toBe('person/patrice-grosjean');
    const frozen = x.statements.find((s) => s.text.startsWith('Il a précisé'));
    expect([frozen?.speaker, frozen?.attribution?.text]).toEqual(['person/patrice-grosjean', 'Il a précisé']);
  });

  it('an unnamed spokesperson speaks for the body named with the role (« un porte-parole de la SNCB », "a spokesperson for the agency")', () => {
    expect(statementsOf('Un porte-parole de la SNCB a indiqué que le trafic reprendrait lundi.').map((s) => s.speaker)).toEqual(['org/sncb']);
    expect(statementsOf('A spokesperson for the Canadian Transportation Agency said it welcomed the additional funding.', 'en').map((s) => s.speaker)).toEqual(['org/canadian-transportation-agency']);
    // So does a body's voice: « la direction d'Ardelis », "the management of X".
    const management = statementsOf("Sabrina Lefort a dénoncé la fermeture. Dans un communiqué, la direction d'Ardelis Composites justifie la fermeture par une baisse des commandes.");
    expect(management.map((s) => s.speaker)).toEqual(['person/sabrina-lefort', 'org/ardelis-composites']);
  });

  it('« X, qui représente Y, a confirmé que »: a name inside the relative clause describing the subject is not the speaker', () => {
    const fr = statementsOf('Me Sébastien Caron, qui représente le maire Réjean Bouffard, a confirmé que son client ferait appel.');
    expect(fr.map((s) => s.speaker)).toEqual(['person/sebastien-caron']);
    const en = statementsOf('The lawyer Helen Marsh, who represents Gareth Pryce, said her client would appeal.', 'en');
    expect(en.map((s) => s.speaker)).toEqual(['person/helen-marsh']);
    // « dirigé par le libéral-radical X »: the agent of a participle, past an adjective, is not the subject either.
    const led = statementsOf('Le Département de la santé et des mobilités, dirigé par le libéral-radical Thierry Magnin, a rappelé que le pont restait ouvert.');
    expect(led.map((s) => s.speaker)).toEqual(['org/departement-de-la-sante-et-des-mobilites']);
  });

  it('a header field names the publisher, known or not ("Outlet: Le Soir", « Source : La Tribune de Magog »)', () => {
    const known = extractArticle({ id: 'h.txt', source: 'h', text: 'Title: La ministre démissionne\nOutlet: Le Soir\nDate: 2025-03-12\n\nLa ministre de l’Économie a présenté sa démission mardi.', given: {} }, lex);
    expect([known.article.outlet?.value, known.article.published?.value.slice(0, 10)]).toEqual(['outlet/le-soir', '2025-03-12']);
    const unknown = extractArticle({ id: 'm.txt', source: 'm', text: 'Source : La Tribune de Magog\n\nLe conseil a adopté le budget.', given: {} }, lex);
    expect(unknown.article.outlet?.value).toBe('outlet/la-tribune-de-magog');
  });

  it('a line of fields with a byline in it is a byline: the outlet among its fields publishes, its author is no person of the story', () => {
    const field = extractArticle({ id: 'f.txt', source: 'f', text: 'Le budget adopté\nLe Courrier du Val | Par Sophie Kermel | Publié le 22.01.2026 à 09:15\n\nLe conseil municipal a adopté le budget mardi soir après trois heures de débat, malgré les critiques de l’opposition.', given: {} }, lex);
    expect(field.article.outlet?.value).toBe('outlet/le-courrier-du-val');
    expect(field.entities.some((e) => e.name === 'Sophie Kermel')).toBe(false);
    const beside = extractArticle({ id: 'b.txt', source: 'b', text: 'Water bill passes\nBy Carl Nunes | Nevada Mirror | April 9, 2026\n\nThe Assembly voted on Tuesday to pass the groundwater bill, which would let rural counties cap pumping.', given: {} }, lex);
    expect([beside.article.outlet?.value, beside.article.author?.value]).toEqual(['outlet/nevada-mirror', 'Carl Nunes']);
  });

  it('an agency dispatch: the agency in the dateline publishes it, and what it saw is narration, not its statement', () => {
    const x = extractArticle({ id: 'afp.txt', source: 'afp', text: 'Heurts près du chantier\n\nTOURS, 11 octobre 2025 (AFP) - Des heurts ont opposé samedi gendarmes et manifestants près du chantier, a constaté l’AFP. « Nous sommes venus planter des arbres », a déclaré la porte-parole du collectif, Léa Marchand.', given: { lang: 'fr' } }, lex);
    expect(x.article.outlet?.value).toBe('outlet/agence-france-presse');
    expect(x.statements.map((s) => s.speaker)).toEqual(['person/lea-marchand']);
  });

  it('the subject of a reporting verb is the person beside the party, union or agency named with them', () => {
    const [s] = statementsOf('Interrogé par l’agence Belga, le ministre Pieter De Smet (N-VA) a répondu que le gouvernement ne reculerait pas.');
    expect(s).toMatchObject({ speaker: 'person/pieter-de-smet', kind: 'indirect' });
  });

  it('« Selon lui, X « … » »: the pronoun after the cue is the speaker, not the person named next', () => {
    const statements = statementsOf('Le leader du gouvernement, Guy Lafrenière, a répliqué à l’opposition. Selon lui, Étienne Gravel « a eu le courage de faire ce que peu de politiciens font ».');
    expect(statements.find((s) => s.text.startsWith('a eu le courage'))?.speaker).toBe('person/guy-lafreniere');
  });

  it('« Selon lui, … « … » … « … » »: quoted pieces of one cued sentence are one statement, in the article’s words', () => {
    const statements = statementsOf('Le ministre Claude Wagener était l’invité de la radio. Selon lui, les premiers effets du « paquet logement » voté l’an dernier ne se feront sentir qu’« à partir de l’été ».');
    expect(summary(statements)).toEqual([['claude-wagener', 'indirect', 'Selon lui, les premiers effets du « paquet logement » voté l’an dernier ne se feront sentir qu’« à partir de l’été ».']]);
  });

  it('« … : selon le maire, le RN est « … » »: a speaker cue opening the clause after a colon names the speaker, not the sentence\'s subject', () => {
    const text = "Le maire de Montpellier, Bertrand Séverac, était l'invité de RTL. Il a également répondu au vice-président du RN Romain Vasseur, qui avait dénoncé la veille une justice de « deux poids, deux mesures » : selon le maire, le Rassemblement national est « le dernier parti à pouvoir donner des leçons de probité ».";
    expect(statementsOf(text).find((st) => st.kind === 'direct' && st.text.includes('probité'))?.speaker).toBe('person/bertrand-severac');
  });

  it('« Pour la socialiste, les syndicats « … » »: a descriptor after a speaker cue stands for the person of its gender last named as a subject', () => {
    const text = "La députée Valérie Dethier était l'invitée de la radio lundi. Pour la socialiste, les syndicats « se trompent de combat » en s'attaquant à une réforme qui « protège d'abord ceux qui ont travaillé toute leur vie ».";
    expect(statementsOf(text).map((st) => st.speaker)).toEqual(['person/valerie-dethier']);
  });

  it('"X, whose president, Y, met her, said …": a possessive relative runs past the apposition that names its noun, and Y is not the subject', () => {
    const text = 'The Ontario Medical Association, whose president, Dr. Rajiv Menon, met with Ms. Lachance on Sept. 18, said the meeting was constructive but that doctors wanted the dashboard written into law.';
    expect(statementsOf(text, 'en').map((st) => st.speaker)).not.toContain('person/rajiv-menon');
  });

  it('« Il accuse X de … « … », lance-t-il »: the pronoun goes on the subject, not the person accused', () => {
    const statements = statementsOf('Pascal Lemaire a répondu mardi. Il accuse Hugo Delvaux de « mener une campagne » contre lui. « Hugo Delvaux veut une fédération aux ordres. Je ne lui ferai pas ce cadeau », lance-t-il.');
    expect(statements.find((s) => s.kind === 'direct' && s.text.startsWith('Hugo Delvaux veut'))?.speaker).toBe('person/pascal-lemaire');
  });

  it('an inverted subject stops before a relative clause; a role nobody holds falls back on the person the sentence before names', () => {
    const statements = statementsOf('Le ministre Paul Lambert a défendu la réforme. Marie Dupuis n’a pas tardé à réagir. « Paul Lambert parle des Belges qui travaillent. Ce sont eux qui étaient dans la rue », a répliqué la présidente du syndicat, qui accuse le ministre de mépris.');
    expect(statements.find((s) => s.kind === 'direct')?.speaker).toBe('person/marie-dupuis');
  });

  it('« ajoute l\'élu » goes on with the speaker of the quote before, whoever else the role could name', () => {
    const statements = statementsOf('L’élu Paul Marchal a dénoncé une cabale. Le maire Bruno Delattre a démissionné. « Je n’ai rien à me reprocher », explique-t-il. « Je pars pour protéger la ville », ajoute l’élu.');
    expect(statements.filter((s) => s.kind === 'direct').map((s) => s.speaker)).toEqual(['person/bruno-delattre', 'person/bruno-delattre']);
  });

  it('a role that marks a gender names nobody of the other gender; « Pour X, … » is who the pronoun after it means', () => {
    const statements = statementsOf('Le conseiller Kévin Duflot a parlé. Nadia Benyoucef réclamait ce départ. « C’est un soulagement », a réagi la conseillère municipale. Pour Étienne Morlaix, aucune élection ne peut être organisée. « C’est la loi », explique-t-il.');
    const direct = statements.filter((s) => s.kind === 'direct');
    expect(direct.map((s) => s.speaker)).toEqual(['person/nadia-benyoucef', 'person/etienne-morlaix']);
  });

  it('« Interrogée par le journaliste X, Y a contesté … »: a name after « par » and a title is the agent, not the subject', () => {
    const [s] = statementsOf('Interrogée par le journaliste Romain Chappuis sur le financement, la conseillère Léa Fragnière a contesté le chiffre avancé par Berne.');
    expect(s).toMatchObject({ speaker: 'person/lea-fragniere' });
  });

  it('« Interrogé mardi par la radio X, le ministre est allé plus loin : « … » »: who asks, past a date, is not who answers', () => {
    const statements = statementsOf('Le ministre de l’Eau, Karim Haddad, a regretté la décision. Interrogé mardi par la RTBF, le ministre est allé plus loin : « Personne ne l’a empêchée de travailler. »', 'fr', '2026-03-12');
    expect(statements.find((s) => s.kind === 'direct')?.speaker).toBe('person/karim-haddad');
  });

  it('a transcript\'s turns ("KERMODE: …") are the words of the person named so, and "UPDATE:" or a quoted headline is none', () => {
    const text = 'Speaking to presenter Tomas Faragher this morning, the minister Ruth Callow confirmed the vote.\n\nFARAGHER: Isn\'t that the explanation we heard last year?\n\nCALLOW: It is, and I won\'t dress it up. The plan is funded.\n\nCallow: \'We will not cut nurses\'\n\nUPDATE: the vote is on Tuesday.';
    const turns = statementsOf(text, 'en', '2025-03-13').filter((s) => s.extractor === 'statements/transcript-turn');
    expect(turns.map((s) => [s.speaker, s.text, s.asks ?? false])).toEqual([
      ['person/tomas-faragher', 'Isn\'t that the explanation we heard last year?', true],
      ['person/ruth-callow', 'It is, and I won\'t dress it up. The plan is funded.', false],
    ]);
  });

  it('a quote in a relative clause is its antecedent\'s, whatever the length of the name; a main clause\'s report goes before a relative one\'s', () => {
    const en = statementsOf('The host put to the minister remarks by Green Party member Daphne Kinvig, who told the Gazette at the weekend that the department had "lost control of its own budget".', 'en', '2025-03-13');
    expect(en.find((s) => s.kind === 'direct')?.speaker).toBe('person/daphne-kinvig');
    const fr = statementsOf('Le ministre Paul Vernier a défendu le texte. Interpellé par Sophie Ravel, qui lui demandait combien de ménages avaient obtenu une baisse, le ministre a reconnu que l’administration ne disposait pas de chiffres fiables.', 'fr', '2025-03-13');
    expect(fr.find((s) => s.text.startsWith('Interpellé'))?.speaker).toBe('person/paul-vernier');
  });

  it('"…," the chairman, Tom Hale, said: a role and a comma before the name, and an honorific opening it ("its chairman, Alhaji …")', () => {
    expect(statementsOf('"There is no hoarding at all here," the chairman, Tom Harwick, said at the briefing.', 'en', '2025-08-24')[0]?.speaker).toBe('person/tom-harwick');
    const x = statementsOf('The importers signed the deal. "A warehouse is not a crime in this country," its chairman, Alhaji Musa Kanneh, told journalists.', 'en', '2025-08-24');
    expect(x.find((s) => s.kind === 'direct')?.speaker).toBe('person/musa-kanneh');
  });

  it('"Deputy Le Maistre hit back", "Le Maistre: …": a family name\'s particle after an honorific or opening a transcript\'s label', () => {
    const text = 'Deputy Philip Le Quesne told the station that the law would be delayed.\n\nRenouf: Why should anyone believe the new date?\n\nLe Quesne: Because this time the date is tied to the work.\n\nAsked about those remarks, Deputy Le Quesne hit back, saying the opposition "would rather have a headline".';
    const x = statementsOf(text, 'en', '2026-01-19');
    expect(x.find((s) => s.text.startsWith('Because'))?.speaker).toBe('person/philip-le-quesne');
    expect(x.find((s) => s.text.startsWith('Asked about'))?.speaker).toBe('person/philip-le-quesne');
  });

  it('« Lionel Gombert … quitte ses fonctions. Dans sa lettre, l\'élu invoque … »: a role points back to someone already named, not to its only holder named later', () => {
    const x = statementsOf("Lionel Gombert, président de la Collectivité depuis 2022, quitte ses fonctions. Dans sa lettre, l'élu invoque « des raisons de santé ». « J'ai servi l'île avec loyauté, mais je refuse de présider cette majorité », écrit-il.\n\nLe député de la circonscription, Maxime Brisson, a estimé que cette démission révélait « les limites d'un statut ».", 'fr', '2025-09-27');
    expect(x.find((s) => s.text.startsWith("J'ai servi"))?.speaker).toBe('person/lionel-gombert');
  });

  it('"A senior government source told …": a source the article does not name is nobody it names (not "the coalition" further on), and "(SBT)" is a time zone', () => {
    const x = extractArticle({ id: 's.txt', source: 's', text: 'Peter Fanua (United Party) has formally moved the motion. All times are local (SBT). A senior government source told the Daily Wire the coalition believed it had "25 solid votes, maybe 26", but conceded that one or two members had stopped answering their phones.', given: { lang: 'en', published: '2026-02-12' } }, lex);
    expect(x.statements.filter((s) => s.speaker)).toEqual([]);
    expect(x.entities.filter((e) => e.type === 'Organisation').map((e) => e.name)).toEqual(['United Party']);
  });

  it('"Asked about those remarks, X hit back": a verb form after a determiner is a noun, and the clause\'s verb is the answer', () => {
    const x = extractArticle({ id: 'h.txt', source: 'h', text: 'Deputy Sam Vibard accused the minister of "caving in to the loudest voices in the room". Asked about those remarks at a briefing, Deputy Philip Le Marquand hit back, saying the party "would rather have a headline in January than a law that works in June".', given: { lang: 'en', published: '2026-01-19' } }, lex);
    const answer = x.statements.find((s) => s.text.startsWith('would rather'))!;
    expect(answer).toMatchObject({ speaker: 'person/philip-le-marquand', stance: 'response' });
    const answered = x.responses.find((r) => r.from === answer.key);
    expect(answered && 'statement' in answered.to ? x.statements.find((s) => s.key === (answered.to as { statement: string }).statement)?.speaker : undefined).toBe('person/sam-vibard');
  });

  it('a transcript\'s label may open with an honorific or a title ("Hon. Hoareau :", « Ministre Dugasse : »)', () => {
    const text = 'Le député Bernard Hoarau a interpellé le ministre de la Pêche, Marc-Antoine Dugasson.\n\nHon. Hoarau : Monsieur le ministre, pouvez-vous dire à cette Chambre si l\'autorité a été consultée ?\nMinistre Dugasson : Elle l\'a été, à deux reprises, et ses experts faisaient partie de la délégation.';
    const turns = statementsOf(text, 'fr', '2025-06-11').filter((s) => s.extractor === 'statements/transcript-turn');
    expect(turns.map((s) => s.speaker)).toEqual(['person/bernard-hoarau', 'person/marc-antoine-dugasson']);
  });

  it('"X, led by chief executive Y, said": a name after "by" and a title with no article is the agent, not the subject', () => {
    const [s] = statementsOf('Harbour Waterfront Developments, led by chief executive Graham Whitlow, said in a statement that it was "deeply disappointed" by the ruling.', 'en', '2025-08-24');
    expect(s?.speaker).toBe('org/harbour-waterfront-developments');
  });

  it('« a ironisé le conseiller régional RN »: a party qualifying a role is no speaker; the person the sentence before names is', () => {
    const statements = statementsOf('La présidente a parlé de « respect des engagements ». Une formule qui a fait sourire Julien Odier. « Respecter ses engagements, ça commence par rendre l’argent », a ironisé le conseiller régional RN.');
    expect(statements.find((s) => s.kind === 'direct' && s.text.startsWith('Respecter'))?.speaker).toBe('person/julien-odier');
  });

  it('an acronym in capitals is no pronoun (« le député de l’Initiative libérale (IL) X … « … », a-t-il lancé »); « la députée du BE » is the member of the Bloc (BE) named before', () => {
    const text = 'La première à ouvrir le feu a été la députée du Bloc de gauche (BE) Joana Cardoso. « Une infirmière ne peut plus louer un studio. »\n\nLe socialiste Hugo Pimentel a, lui, choisi l’ironie.\n\nLe député de l’Initiative libérale (IL) Tiago Fontes a répondu à Joana Cardoso. « Le Bloc a une solution pour chaque problème : l’interdire », a-t-il lancé.\n\nLa députée du BE lui a répondu d’une phrase : « Les loyers ont monté à cause des touristes. »';
    const statements = statementsOf(text, 'fr');
    expect(statements.find((s) => s.text.startsWith('Le Bloc a une solution'))?.speaker).toBe('person/tiago-fontes');
    expect(statements.find((s) => s.text.startsWith('Les loyers'))?.speaker).toBe('person/joana-cardoso');
  });

  it('a first-person quote that opens a paragraph is the words of the person a one-sentence paragraph above introduces, up to 30 words long', () => {
    const text = 'C’est la députée de l’Union sociale-démocrate de Macédoine (SDSM) Ivana Stojkovska, élue de la circonscription d’Ohrid, qui a ouvert le feu.\n\n« Monsieur le ministre, le rapport est sur votre bureau depuis janvier. Donnez-nous un chiffre. Un seul. »';
    expect(statementsOf(text, 'fr')[0]?.speaker).toBe('person/ivana-stojkovska');
  });

  it('« « … ? », lui a d’emblée demandé le journaliste. « … » »: the quote after a question put to someone is theirs; a question asked of all is followed by its asker', () => {
    const put = statementsOf('Invitée d’Alexandre Pernot dans la matinale, Hélène Marcelin est revenue sur la vidéo. « Regrettez-vous cette phrase ? », lui a d’emblée demandé le journaliste. « Évidemment. J’ai dit une phrase stupide. »', 'fr');
    expect(put.map((s) => [s.speaker, s.text.slice(0, 12)])).toEqual([['person/alexandre-pernot', 'Regrettez-vo'], ['person/helene-marcelin', 'Évidemment. ']]);
    const rhetorical = statementsOf('La députée Manon Delarue a interpellé le gouvernement. « Où est passé l’argent ? », a-t-elle demandé. « Personne ne le sait. »', 'fr');
    expect(rhetorical.filter((s) => s.kind === 'direct').map((s) => s.speaker)).toEqual(['person/manon-delarue', 'person/manon-delarue']);
  });

  it('a short sentence whose verb goes on to an object or to whom it speaks, right before its speaker’s quote, introduces it and reports nothing; one with a clause reports', () => {
    const intro = statementsOf('Le Premier ministre Bertrand Vassal répond à Karim Belkadi. « Vous parlez d’agro-industrie. Moi, je parle des éleveurs », lance le Premier ministre.', 'fr');
    expect(intro.map((s) => s.kind)).toEqual(['direct']);
    const clause = statementsOf('Marc Gautier said he would not be running in 2026. "I am going to spend time with my kids," he said.', 'en');
    expect(clause.map((s) => s.kind)).toEqual(['indirect', 'direct']);
  });

  it('« Réponse, dix minutes plus tard, de Thomas Girard : « … » »: the owner of an answer noun, past an incise, speaks the quote after the colon', () => {
    const statements = statementsOf('Élodie Ferrand a publié un message sur Facebook. Réponse, dix minutes plus tard, de Thomas Girard : « Donc elle parlait de qui ? Des gens qui ont été gazés ? »', 'fr');
    expect(statements.find((s) => s.text.startsWith('Donc elle'))?.speaker).toBe('person/thomas-girard');
  });

  it('« a aussitôt démenti »: « aussitôt » is one more adverb between the auxiliary and the participle', () => {
    const [denial] = statementsOf('La députée Amra Begić a aussitôt démenti tout lien entre son parti et l’entreprise plaignante.', 'fr');
    expect(denial).toMatchObject({ speaker: 'person/amra-begic', stance: 'denial' });
  });

  it('« …, analyse X, politiste », « …, avance Y », « …, tempère Z »: more verbs of comment after or inside a quote', () => {
    const text = "« La droite a traité les centristes comme une réserve de voix, analyse Anne-Laure Cadiou, politiste à Rennes. Ils lui ont présenté l'addition. » « Je respecte la décision de Thibault Morvan », avance Maëlle Guillou. « Nous avons perdu des voix au centre », tempère Hervé Kerdraon.";
    expect(directSpeakers(text)).toEqual(['person/anne-laure-cadiou', 'person/maelle-guillou', 'person/herve-kerdraon']);
  });

  it('« a en revanche jugé », « a par ailleurs annoncé », « s\'est toutefois félicitée »: adverbial phrases after an auxiliary, reflexive ones too', () => {
    const statements = statementsOf("Paul Lambert a en revanche jugé la réforme « injuste ». Marie Dupuis a par ailleurs annoncé un recours. La députée Amra Begić s'est toutefois félicitée du vote des sénateurs.", 'fr');
    expect(statements.map((s) => [s.speaker, s.stance])).toEqual([
      ['person/paul-lambert', 'neutral'],
      ['person/marie-dupuis', 'neutral'],
      ['person/amra-begic', 'response'],
    ]);
  });

  it('« a-t-elle fini par répondre », « a tenu à préciser »: a reporting verb in the infinitive after a participle that takes one; « a dû rappeler à l’ordre » reports nothing', () => {
    const statements = statementsOf('La députée Joana Cardoso a interpellé la secrétaire d’État Patrícia Marques. « Allez-vous rétablir la suspension ? »\n\nLa réponse de la secrétaire d’État est venue après un long détour. « Nous ne croyons pas que l’on règle une crise en interdisant, a-t-elle fini par répondre. Ce sont les mairies qui décident. »\n\nLa présidente, Ana Freitas, a dû rappeler les députés à l’ordre.', 'fr');
    expect(statements.find((s) => s.text.startsWith('Nous ne croyons pas'))?.speaker).toBe('person/patricia-marques');
    expect(statements.filter((s) => s.speaker === 'person/ana-freitas')).toEqual([]);
  });

  it('"Hon." is an honorific that keeps its full stop; "When she was recognised, Mrs X said …": a pronoun in an opening clause looks ahead to the name', () => {
    const statements = statementsOf('The Speaker, Hon. Evadne Lightbourne, called the House to order.\n\nWhen she was recognised, Mrs Sharlene Missick said small businesses were "bleeding". She said she had been contacted by a restaurant owner in Blue Hills.', 'en');
    expect(statements.find((s) => s.text.includes('restaurant owner'))?.speaker).toBe('person/sharlene-missick');
  });

  it("the agent of a passive whose sentence names nobody else is the next sentence's « he » (\"was put forward by X. He told …\")", () => {
    const statements = statementsOf('Cr Grant Holloway opened the meeting.\n\nThe proposal was put forward by Liam Fenwick, who chairs the committee. He told the meeting the trial was "the cheapest way to find out".', 'en');
    expect(statements.find((s) => s.text.includes('cheapest way'))?.speaker).toBe('person/liam-fenwick');
  });

  it('"Asked by Ms X whether …, Y replied:": a name after "by" and an honorific is the agent; "the chair shot back" is the chair named in apposition earlier', () => {
    const statements = statementsOf('The committee chair, Liberal Democrat MP Fiona Pryce, opened the session. Asked by Ms Pryce whether that included bonuses, Helen Marsh replied: "Yes. That is within our gift." Ms Pryce pressed Mr Ashdown on whether he would accept a bonus.\n\n"I have not been offered one," he replied.\n\n"That is not what I asked," the chair shot back.', 'en');
    expect(summary(statements)).toEqual([
      ['helen-marsh', 'direct', 'Yes. That is within our gift.'],
      ['fiona-pryce', 'indirect', 'Ms Pryce pressed Mr Ashdown on whether he would accept a bonus.'],
      ['ashdown', 'direct', 'I have not been offered one'],
      ['fiona-pryce', 'direct', 'That is not what I asked'],
    ]);
  });

  it('a name with a possessive owns the subject and reports nothing ("When Keith Dornan\'s administration … nobody asked")', () => {
    const statements = statementsOf('Council leader Martin Pryce spoke on Tuesday. "When Keith Dornan\'s administration put £21m into Fenwick Moor, nobody on the other side asked a single question," he said. "I won\'t take lectures."', 'en');
    expect(statements.map((s) => s.speaker)).toEqual(['person/martin-pryce', 'person/martin-pryce']);
  });

  it('"Speaking to RTÉ\'s Morning Ireland, he said …": the pronoun nearer the verb is the subject, not the programme', () => {
    const statements = statementsOf('Outside Leinster House, SIPTU organiser Gerry Lyons said workers were angry. Speaking to RTÉ\'s Morning Ireland earlier in the day, he said staff had learned of the cuts "by email, with no manager in the room".', 'en');
    expect(statements.map((s) => s.speaker)).toEqual(['person/gerry-lyons', 'person/gerry-lyons']);
  });

  it('« X a estimé que la ministre devait … et réclamé … »: a verb joined by « et » has the subject of the verb before it', () => {
    const statements = statementsOf('La ministre Hélène Marchetti a répondu. Thibault Garnier, élu Les Républicains (LR) du Var, a estimé que la ministre devait « des explications précises sur le calendrier » et réclamé la publication des échanges.');
    expect(statements.map((s) => s.speaker)).not.toContain('person/helene-marchetti');
    expect(statements.map((s) => s.speaker)).toContain('person/thibault-garnier');
  });

  it('inside a quote, the opponent the speaker addresses (« Monsieur X nous dit que … ») reports nothing', () => {
    const statements = statementsOf('Le bourgmestre Jean-Marc Delforge a parlé. « Monsieur Delforge nous dit qu’il s’est retiré du dossier. C’est faux », a répliqué la conseillère Nadia Boukhari.');
    expect(statements.map((s) => s.speaker)).not.toContain('person/jean-marc-delforge');
    expect(statements.find((s) => s.kind === 'direct')?.speaker).toBe('person/nadia-boukhari');
  });

  it('an inverted verb after a quote finds the person after a long role, before a body or an outlet', () => {
    const [s] = statementsOf('« Elle a agi avec rigueur », a soutenu la présidente du groupe Ensemble pour la République, Claire Vasseur, sur franceinfo.');
    expect(s).toMatchObject({ speaker: 'person/claire-vasseur' });
  });

  it('« a de nouveau lancé X »: an adverbial phrase between auxiliary and participle; « le ministre » is Bertrand, whom no name list makes a woman', () => {
    const statements = statementsOf("Le ministre de la Santé, Bertrand Aubriot, a répondu à la députée. « Et les millions, ils sont où ? », a de nouveau lancé Grégory Maillol depuis son banc. Sans se retourner, le ministre a répliqué : « Ils sont dans le budget que votre groupe n'a pas voté. »");
    expect(statements.filter((s) => s.kind === 'direct').map((s) => [s.speaker, s.text.slice(0, 12)])).toEqual([
      ['person/gregory-maillol', 'Et les milli'],
      ['person/bertrand-aubriot', 'Ils sont dan'],
    ]);
  });

  it('words reported without quotes, their attribution after them: « …, a annoncé la ministre », "…, the leader, Tom Hale, said on Monday", "…, he said"', () => {
    const fr = statementsOf("Québec créera un registre des loyers pour tous les logements, a annoncé mercredi matin la ministre de l'Habitation, Sophie Gagnon. Les délais seront longs, a-t-elle ajouté. La porte-parole, Maude Hébert, a ouvert la séance en brandissant la note.");
    expect(fr.map((s) => [s.speaker, s.text.slice(0, 15)])).toEqual([
      ['person/sophie-gagnon', 'Québec créera u'],
      ['person/sophie-gagnon', 'Les délais sero'],
    ]);
    const en = statementsOf('The council will close the baths in March, the council leader, Tom Hale, said on Monday. The decision came after a long review, he said. Its chair, Paul Nguyen, told Reuters the penalty was fair. After the meeting, she said nothing.', 'en');
    expect(en.map((s) => [s.speaker, s.text.slice(0, 15)])).toEqual([
      ['person/tom-hale', 'The council wil'],
      ['person/tom-hale', 'The decision ca'],
      ['person/paul-nguyen', 'Its chair, Paul'],
    ]);
  });


  it('"president" is no « président »: an English title marks no gender, so "she" is the president named last', () => {
    const en = statementsOf('Coordinator Bwalya Ngandu urged the board to act. In a statement, ZAM president Naomi Sakala said power was a third of costs. "Every kwacha added is a kwacha taken out of wages," she said.', 'en');
    expect(en.map((s) => s.speaker)).toEqual(['person/bwalya-ngandu', 'person/naomi-sakala', 'person/naomi-sakala']);
  });

  it('more English verbs of saying: alleged, asserted, assured, pointed out, boasted, repeated', () => {
    const en = statementsOf('BJP member Ravi Hiremath raised the dues. "Mills are laughing at farmers," he alleged. Minister Dev Naik pointed out that 14 mills had been served notices. "We paid on time," Naik boasted.', 'en');
    expect(en.map((s) => [s.speaker, s.text.slice(0, 12)])).toEqual([
      ['person/ravi-hiremath', 'Mills are la'],
      ['person/dev-naik', 'Minister Dev'],
      ['person/dev-naik', 'We paid on t'],
    ]);
  });

  it('a participle after a comma goes on with the subject of the verb before it, not a name inside what that verb reported', () => {
    const fr = statementsOf("Le chef de file loyaliste a annoncé que son groupe allait saisir le Conseil constitutionnel, estimant que le texte avait été examiné à marche forcée.");
    expect(fr.map((s) => s.speaker)).toEqual([]);
    const named = statementsOf("Philippe Lenormand a annoncé que son groupe allait saisir le Conseil constitutionnel, estimant que le texte avait été examiné à marche forcée.");
    expect(named.map((s) => s.speaker)).toEqual(['person/philippe-lenormand']);
  });

  it('a verb after a quote that reports more, with « que », "that", is a statement too, unless what follows is a report of its own', () => {
    const en = statementsOf('"Every year the farmer waits till March," said deputy leader Tom Gowda, who demanded that the state pay the dues from its own funds.', 'en');
    expect(summary(en)).toEqual([
      ['tom-gowda', 'indirect', '"Every year the farmer waits till March," said deputy leader Tom Gowda, who demanded that the state pay the dues from its own funds.'],
      ['tom-gowda', 'direct', 'Every year the farmer waits till March'],
    ]);
    const fr = statementsOf('« Nous recrutons », a assuré le ministre Luc Bérubé, ajoutant que Santé Québec venait de lancer une campagne dans l’Est.');
    expect(fr.map((s) => [s.speaker, s.kind])).toEqual([['person/luc-berube', 'indirect'], ['person/luc-berube', 'direct']]);
    // « ajoutant que le président russe avait nié »: the report after « que » is the other speaker's.
    const other = statementsOf('« Je l’ai interrogé deux fois », a assuré Paul Lambert, ajoutant que le président russe Marc Orlov avait nié.');
    expect(other.map((s) => [s.speaker, s.kind])).toEqual([['person/marc-orlov', 'indirect'], ['person/paul-lambert', 'direct']]);
  });

  it('« Selon leur présidente de groupe, Malia Tuifua, le parti … »: the name after a role in the cue is a person, the topic a pronoun after points back to', () => {
    const fr = statementsOf("Les élus d'Éveil océanien se sont abstenus. Selon leur présidente de groupe, Malia Tuifua, le parti « ne signe pas de chèque en blanc » tant que le plan manque. Elle a estimé que la hausse aurait dû être limitée à trois ans.");
    expect(fr.map((s) => [s.speaker, s.text.slice(0, 14)])).toEqual([
      ['person/malia-tuifua', 'ne signe pas d'],
      ['person/malia-tuifua', 'Elle a estimé '],
    ]);
  });

  it('a sentence a speaker cue opens reports the cue\'s speaker, with no verb: « Selon elle, … », « Selon le rapporteur, le député X, … », "According to the ministry, …"', () => {
    const fr = statementsOf("Claudette Morin a dénoncé l'opération. Selon elle, les vendeuses n'ont été prévenues que deux jours à l'avance. Selon le rapporteur de la commission, le député Florent Adjovi (UPR), le budget progresse de 6 % sur un an. Pour la première fois, le budget dépasse les 4000 milliards.");
    expect(fr.map((s) => [s.speaker, s.text.slice(0, 15)])).toEqual([
      ['person/claudette-morin', 'Claudette Morin'],
      ['person/claudette-morin', 'Selon elle, les'],
      ['person/florent-adjovi', 'Selon le rappor'],
    ]);
    const en = statementsOf('Health Minister Yaw Mensah spoke on Tuesday. According to him, 4,800 nurses will be paid in December.', 'en');
    expect(en.map((s) => [s.speaker, s.text.slice(0, 15)])).toEqual([['person/yaw-mensah', 'According to hi']]);
  });
  it('a role that marks a gender is nobody the article’s own words give the other gender (« le sénateur du Loiret Bertrand X » is no « sénatrice »)', () => {
    const statements = statementsOf("Le rapporteur du texte, le sénateur du Loiret Bertrand Coudray, a défendu l'amendement. La sénatrice de la Haute-Vienne a réclamé que l'article soit rétabli.");
    expect(statements.map((s) => s.speaker)).not.toContain(undefined);
    expect(statements.filter((s) => s.text.startsWith('La sénatrice')).map((s) => s.speaker)).toEqual([]);
  });

  it('« la liste soutenue par le RN »: a passive that says support, not speech, gives the agent no statement', () => {
    const statements = statementsOf("Le troisième candidat, Patrick Lafitte, qui conduit la liste « Bellerive d'abord » soutenue par le Rassemblement national, a renvoyé les deux camps dos à dos.");
    expect(statements.map((s) => s.speaker)).not.toContain('org/rassemblement-national');
  });

  it('a subheading that ends on a quote (« Les Engagés saluent « un geste rare » ») reports no speech; the paragraph under it does', () => {
    const statements = statementsOf('Les Engagés saluent « un geste rare »\n\nLe président des Engagés, Maxime Dubuisson, salue « le sens des responsabilités » de la ministre.');
    expect(statements.map((s) => s.speaker)).toEqual(['person/maxime-dubuisson']);
  });

  it('the first line of prose is a title when it ends no sentence, however long: it reports no speech, the paragraph under it does', () => {
    const title = 'Grève à la SNCB : les syndicats maintiennent le mouvement pour la troisième journée, le ministre Laurent Vanbeselaere dénonce une « prise d’otages »';
    const statements = statementsOf(`Le Soir\n\n${title}\n\nLe ministre Laurent Vanbeselaere a dénoncé jeudi une « prise d’otages des navetteurs ».`);
    expect(statements.map((s) => [s.speaker, s.text])).toEqual([['person/laurent-vanbeselaere', 'Le ministre Laurent Vanbeselaere a dénoncé jeudi une « prise d’otages des navetteurs ».']]);
  });
});

describe('who speaks in a question-time exchange', () => {
  const text = [
    'Mr Lovell said construction would start "in the first half of next year" and accused the member of "talking down the staff", a suggestion Mr Dunstan angrily rejected. "I\'m not talking down anyone. I\'m talking about the minister\'s promises," he shot back.',
    'Greens health spokesman Tom Harcourt interjected that the government had "spent more on consultants than on beds", drawing a warning.',
  ].join('\n\n');
  const statements = statementsOf(`Health Minister Simon Lovell and Jacqui Lambie Network MP Craig Dunstan clashed on Wednesday.\n\n${text}`, 'en');
  const by = (words: string) => statements.find((st) => st.text.includes(words))?.speaker;

  it('a retort’s pronoun is the other side: "X accused Y of … ‘…,’ he shot back" is Y’s', () => {
    expect(by("I'm not talking down anyone")).toBe('person/craig-dunstan');
  });

  it('"…, a suggestion Mr Dunstan angrily rejected.": a verb that ends the sentence after the noun it acts on reports nothing of his', () => {
    expect(statements.filter((st) => st.speaker === 'person/craig-dunstan').map((st) => st.text)).not.toContainEqual(expect.stringContaining('construction would start'));
  });

  it('a body before a title and its holder qualifies the holder, who speaks: "Greens health spokesman Tom Harcourt"', () => {
    expect(by('spent more on consultants')).toBe('person/tom-harcourt');
  });
});

describe('a French question-time exchange told blow by blow', () => {
  const text = [
    'Questions au gouvernement : Hélène Carrier promet une loi',
    'Interpellée mardi par l’insoumis Yanis Belkacem, la ministre de la Transition écologique a annoncé que l’exécutif soutiendrait le texte.',
    'Au banc du gouvernement, Hélène Carrier se lève sous les murmures. « Monsieur le député, personne dans ce gouvernement ne protège qui que ce soit », rétorque la ministre.',
    'La veille, sur le plateau de BFMTV, le maire LR du 17e arrondissement, Étienne Morvan, avait attaqué la socialiste Claire Vasseur.',
    'Lundi soir, sur le plateau de RMC, le maire LR du 17e arrondissement avait lancé à son adversaire : « Madame Vasseur, vous avez maquillé les comptes de la Ville pendant douze ans. »',
  ].join('\n\n');
  const statements = statementsOf(text, 'fr', '2026-03-03');
  const by = (words: string) => statements.find((st) => st.text.includes(words))?.speaker;

  it('« Interpellée par X, la ministre … a annoncé »: a title followed by its verb is no apposition to the name before the comma', () => {
    expect(by('personne dans ce gouvernement')).toBe('person/helene-carrier');
  });

  it('« le maire LR du 17e arrondissement avait lancé à son adversaire : « Madame Vasseur, … » »: the title with its complement is the speaker, whom the words address is not', () => {
    expect(by('maquillé les comptes')).toBe('person/etienne-morvan');
  });

  it('« La première adjointe, chargée des finances, réplique : « …, monsieur Morvan. » »: a reply that addresses the one who just spoke is the one he addressed', () => {
    const exchange = statementsOf('Étienne Morvan et Claire Vasseur débattent sur BFMTV. Le ton monte. « Madame Vasseur, vous avez maquillé les comptes de la Ville pendant douze ans », accuse Étienne Morvan. La première adjointe, chargée des finances depuis 2014, réplique aussitôt : « Je ne vous laisserai pas salir les agents de cette ville, monsieur Morvan. Ces comptes sont certifiés. »', 'fr', '2026-03-02');
    expect(exchange.find((st) => st.text.startsWith('Je ne vous laisserai'))?.speaker).toBe('person/claire-vasseur');
  });

  it('« Réponse de l’intéressée : « … » »: the owner of an answer named by a descriptor, of its gender', () => {
    const exchange = statementsOf('Karim Benali prend pour cible Sophie Lemarchand. « Madame Lemarchand est la candidate de l’Élysée, pas celle des Parisiens », lance le député insoumis. Réponse de l’intéressée : « Vous confondez un slogan et un programme. »', 'fr', '2026-03-02');
    expect(exchange.find((st) => st.text.startsWith('Vous confondez'))?.speaker).toBe('person/sophie-lemarchand');
  });

  it('« a rétorqué le sortant »: a noun for the incumbent, the challenger or a candidate after the verb stands for the person of its gender last named as a subject', () => {
    const text = "Le président sortant Hervé Kerdraon et sa challenger Maëlle Guillou ont débattu mercredi. « Vous avez laissé les algues vertes revenir », a-t-elle lancé à son adversaire. « La Bretagne n'est pas un laboratoire pour vos expériences », a rétorqué le sortant, 61 ans.";
    expect(directSpeakers(text)).toEqual(['person/maelle-guillou', 'person/herve-kerdraon']);
  });

  it('« la tête de liste de l\'union de la gauche lui avait reproché … »: a body\'s noun after « de » complements the title, it is no subject', () => {
    const text = "Les Républicains soutiennent Hervé Kerdraon. Jeudi matin, la tête de liste de l'union de la gauche lui avait reproché de qualifier sa liste d'« extrême gauche ».";
    expect(statementsOf(text).filter((st) => st.speaker === 'org/les-republicains')).toEqual([]);
  });

  it('« …, a répliqué l\'ancien maire de Vannes »: a former title with its complement after the verb stands for the man last named as a subject', () => {
    const text = "Le président sortant Hervé Kerdraon était l'invité de RTL. Le journaliste lui a fait remarquer qu'il avait employé l'expression. « Quand on fusionne avec La France insoumise, on en assume les conséquences », a répliqué l'ancien maire de Vannes.";
    expect(directSpeakers(text)).toEqual(['person/herve-kerdraon']);
  });

  it('« …, a répliqué la maire, avant que l\'élu X ne reprenne la parole »: no name past a subordinate clause after the verb is its subject', () => {
    const text = "La maire Anne Dupuis a défendu son budget. « Nous avons tenu les comptes », a répliqué l'édile, avant que Marc Bonnet ne proteste.";
    expect(directSpeakers(text)).toEqual(['person/anne-dupuis']);
  });

  it('« Il a accusé Mathilde Arnaud de … Réplique immédiate de l’écologiste : « … » »: nobody replies to themselves; the descriptor is whom the words before were aimed at', () => {
    const text = 'Bertrand Séverac a répondu, debout. Il a accusé Mathilde Arnaud de vouloir « gagner au tribunal ce qu’elle a perdu dans les urnes ». Réplique immédiate de l’écologiste : « Ce n’est pas moi qui ai fait payer mes collaborateurs par le contribuable. »';
    expect(statementsOf(text, 'fr', '2026-10-20').find((st) => st.text.startsWith('Ce n’est pas moi'))?.speaker).toBe('person/mathilde-arnaud');
  });

  it('« Sur la querelle qui oppose X à Y, la macroniste s’est montrée … Elle a refusé … »: a person the framing phrase names is not the next pronoun', () => {
    const text = 'Sophie Lemarchand était l’invitée de RTL mercredi. Sur la querelle qui oppose depuis lundi Claire Vasseur à Étienne Morvan, la macroniste s’est montrée plus mesurée. « Le problème n’est pas de savoir qui a maquillé quoi, c’est que les Parisiens paient la facture », a-t-elle résumé.';
    expect(statementsOf(text, 'fr', '2026-03-04').find((st) => st.text.startsWith('Le problème'))?.speaker).toBe('person/sophie-lemarchand');
  });

  it('« En accusant X d’avoir « … », Étienne Morvan comptait … »: a quote in an opening gerund is the main subject’s, not its object’s', () => {
    const text = 'Claire Vasseur et Étienne Morvan s’affrontent.\n\nEn accusant Claire Vasseur d’avoir « maquillé les comptes de la Ville pendant douze ans », Étienne Morvan comptait installer la question de la dette au cœur de la campagne.';
    expect(statementsOf(text, 'fr', '2026-03-05').find((st) => st.text.startsWith('maquillé'))?.speaker).toBe('person/etienne-morvan');
  });

  it('words that address their speaker by name are not given to them', () => {
    const own = statementsOf('Le débat a opposé Claire Vasseur et Étienne Morvan.\n\n« Madame Vasseur, vous avez maquillé les comptes de la Ville pendant douze ans », a déclaré Claire Vasseur.', 'fr', '2026-03-03');
    expect(own.filter((st) => st.speaker === 'person/claire-vasseur').map((st) => st.text)).toEqual([]);
  });
});

describe('a post on X ends its sentence', () => {
  it('"…," she wrote on X. Karim Belkacem … told BFMTV that …: "X." is the platform, not an initial, and the next sentence has its own speaker', () => {
    const text = 'Title\n\nLFI’s parliamentary leader Mathilde Rocher turned on the far right. "The RN chose to save the government. They will have to explain that to the French people," she wrote on X. Karim Belkacem, the MP who defended the motion, told BFMTV that the National Rally had "taken off its anti-system mask for good".';
    expect(summary(statementsOf(text, 'en', '2026-02-10')).map(([who, , words]) => [who, words])).toEqual([
      ['mathilde-rocher', 'The RN chose to save the government. They will have to explain that to the French people'],
      ['karim-belkacem', 'taken off its anti-system mask for good'],
    ]);
  });
});

describe('a pronoun with no subject to stand for', () => {
  it('« dit-elle » is the person the paragraph names, even after « de », and never the photographer of a caption', () => {
    const text = "[Photo : Une classe d'immersion, le 30 avril. (Léa Fontaine/Libération)]\n\nSur le tableau de la classe de Mélanie Broussard, il reste les mots de la veille. Depuis mardi, leur maîtresse passe ses soirées au téléphone. « On a besoin de tout le monde, les parents, les grands-parents, les musiciens », dit-elle en rangeant les cahiers.";
    expect(statementsOf(text).map((st) => st.speaker)).toEqual(['person/melanie-broussard']);
  });

  it("a live blog's pronoun never stands for someone the entry above it names (newest first, that entry came later)", () => {
    const text = [
      'LIVE: Storm Ada, the latest',
      '10:40 pm',
      'Harbour master Colin Prewett says the ferry will not sail before noon. "We will not take risks with passengers," he said.',
      '9:55 pm',
      'The Prime Minister has addressed the nation. He said shelters would stay open "as long as it takes."',
      '9:10 pm',
      'Schools will be closed on Friday.',
    ].join('\n\n');
    const speakers = statementsOf(text, 'en').map((st) => st.speaker);
    expect(speakers.filter((who) => who === 'person/colin-prewett')).toHaveLength(2);
  });

  it("\"Smith's comments were …, X said\": a possessive is no subject a pronoun after it stands for", () => {
    const text = "Opposition Leader Sheldon Vautrin has criticised the shelters.\n\nVautrin's comments were not helpful on a night like this, Prime Minister Dorian Mapp told reporters. He added that more beds were on their way.";
    expect(statementsOf(text, 'en').find((st) => st.text.startsWith('He added'))?.speaker).toBe('person/dorian-mapp');
  });
});

describe('speakers a report names, leaves unnamed or gives by a title', () => {
  it('"Kieran Doyle, the Labour MP who had pressed the prime minister at PMQs, said …": a name inside a relative clause of the apposition is not the subject', () => {
    const text = 'Prime Minister Richard Hallam\n\nIn his reply to her letter, the prime minister thanked Ms Hartley. "You have done the right thing," he wrote.\n\nKieran Doyle, the Labour MP who had pressed the prime minister on donor access at PMQs, said Ms Hartley had made "the right decision, and the only one".';
    expect(statementsOf(text, 'en').find((s) => s.text.startsWith('the right decision'))?.speaker).toBe('person/kieran-doyle');
  });

  it("« …, avait-il affirmé » after a role the article never tied to a name: the man it names most, never the woman who spoke before", () => {
    const text = "La députée Inès Ferrandi a interpellé le gouvernement sur le cas de Pierre Séverac. « Il doit partir », a lancé l'élue. Le gouvernement renvoie à Pierre Séverac.\n\nCe matin-là, sur RTL, le maire avait pourtant prévenu qu'il ne lâcherait rien. « Je ne démissionnerai pas », avait-il affirmé.";
    expect(directSpeakers(text)).toEqual(['person/ines-ferrandi', 'person/pierre-severac']);
    // With two men named as often, the pronoun stays unresolved, and still never goes on to the woman.
    const tie = text.replace('Le gouvernement renvoie à Pierre Séverac.', 'Le gouvernement renvoie à Paul Lambert.');
    expect(directSpeakers(tie)).toEqual(['person/ines-ferrandi', undefined]);
  });

  it("« s'est-il contenté de répondre »: the infinitive after a reflexive participle reports the quote, inverted pronoun and all", () => {
    const text = "Hugo Letellier était l'invité de RTL mardi. En revanche, il a refusé de commenter les tensions avec la directrice du Trésor, Agathe Royer. « Je ne commente pas les rumeurs. Agathe Royer a toute ma confiance », s'est-il contenté de répondre.";
    expect(directSpeakers(text)).toEqual(['person/hugo-letellier']);
  });

  it('« …, résume un sénateur LR »: words the article gives to someone unnamed are nobody else\'s', () => {
    const text = "Hugo Letellier défend son texte depuis trois semaines. « Il veut la réforme sans en payer le prix politique », résume un sénateur LR, agacé.";
    expect(statementsOf(text).find((st) => st.text.startsWith('Il veut la réforme'))?.speaker).toBeUndefined();
  });

  it('« a dénoncé … mais a aussi reproché … »: two verbs of one subject report two statements', () => {
    const text = "La députée Laurence Pichot a dénoncé une « grève politique » menée par les syndicats, mais a aussi reproché au ministre d'avoir « laissé filer » les négociations salariales.";
    expect(summary(statementsOf(text))).toEqual([
      ['laurence-pichot', 'indirect', 'La députée Laurence Pichot a dénoncé une « grève politique » menée par les syndicats'],
      ['laurence-pichot', 'indirect', "mais a aussi reproché au ministre d'avoir « laissé filer » les négociations salariales."],
    ]);
  });

  it('« un conseiller …, Isabelle Morvan y exige »: a role of the other gender is not the name after it', () => {
    const text = "Isabelle Morvan a reçu le ministre mercredi. D'après un conseiller de Matignon, Isabelle Morvan y exige « un geste public avant jeudi ». Interrogée par le sénateur René Castelain, elle déclare que « les mots d'un ministre engagent tout le gouvernement ».";
    expect(statementsOf(text).find((st) => st.text.includes('engagent'))?.speaker).toBe('person/isabelle-morvan');
  });

  it("« Face à X, qui lui demande s'il …, le ministre … »: a title an earlier role phrase gave stands for its holder; a subordinate pronoun is no subject", () => {
    const text = [
      "Lundi, Léa Santini interroge Marc-Olivier Delcourt sur l'asile. Le ministre de l'Intérieur ne cherche pas ses mots.",
      "Le politiste Vincent Tibère y voit une stratégie.",
      "Mardi, face à Samia Benkaci, qui lui demande s'il présentera des excuses, le ministre choisit l'escalade. « Je ne retire pas un mot », lance-t-il.",
    ].join('\n\n');
    expect(statementsOf(text).find((st) => st.text.startsWith('Je ne retire'))?.speaker).toBe('person/marc-olivier-delcourt');
  });

  it('« Le vice-président chargé des mobilités, X, a écrit … « … » »: a participle after a hyphenated noun describes it, and reports nothing', () => {
    const text = "Erwan Kerhervé est en grève depuis mardi. Le vice-président chargé des mobilités, Yannick Le Goff, a écrit jeudi à la SNCF pour demander un plan de transport « priorisant les trajets domicile-travail et les lycéens ».";
    expect(summary(statementsOf(text)).map(([who]) => who)).toEqual(['yannick-le-goff']);
  });

  it.each([
    ['a pronoun', 'Karine Aubert est porte-parole du PS. Elle a directement visé Sébastien Morel, accusant le ministre de « jouer les arbitres alors qu\'il a soufflé le texte à la droite ».'],
    ['a name', 'Karine Aubert a directement visé Sébastien Morel, accusant le ministre de « jouer les arbitres alors qu\'il a soufflé le texte à la droite ».'],
  ])('« %s a visé X, accusant le ministre de « … » »: the participle goes on the clause\'s subject, not its object', (_name, text) => {
    expect(statementsOf(text).find((st) => st.text.includes('arbitres'))?.speaker).toBe('person/karine-aubert');
  });

  it('« La cheffe du gouvernement a choisi ses mots : « … » »: a title before a verb that reports nothing introduces its holder\'s words', () => {
    const text = "Au Sénat, Isabelle Moreau a répondu au sénateur René Castelain, qui lui demandait si elle « couvrait » son ministre. La cheffe du gouvernement a choisi ses mots : « Les mots d'un ministre engagent tout le gouvernement. »";
    expect(statementsOf(text).find((st) => st.text.startsWith('Les mots'))?.speaker).toBe('person/isabelle-moreau');
  });

  it('« Le député … Olivier Sénéchal a plaidé … Le ministre a indiqué »: a title is not the last person named when the article gave them another', () => {
    const text = "Mardi, Clément Roux a interpellé Sébastien Morel. Le ministre des Transports a répondu sèchement.\n\nLe député Renaissance Olivier Sénéchal a plaidé pour un service garanti. Le ministre ne s'est pas engagé sur une date mais a indiqué qu'il « ne fermait aucune porte ».";
    expect(statementsOf(text).find((st) => st.text.includes('aucune porte'))?.speaker).toBe('person/sebastien-morel');
  });
});

describe("where words were said is no speaker; a programme's presenter is a journalist", () => {
  it('« a dénoncé sur sa page Facebook "…" » is the subject\'s, not Facebook\'s', () => {
    const st = statementsOf('Dès lundi, Saïd Hegazy, président du syndicat des agriculteurs, a dénoncé sur sa page Facebook "un ministre qui parle depuis un bureau climatisé".');
    expect(st.map((x) => x.speaker)).not.toContain('org/facebook');
    expect(st.map((x) => x.speaker)).toContain('person/said-hegazy');
  });

  it('« la journaliste » after « la présentatrice X » is X', () => {
    const text = "Le ministre Achraf Naggar a défendu sa politique au cours d'un entretien avec la présentatrice Rania Fawzy.\n\nD'emblée, la journaliste l'a interrogé sur les témoignages d'agriculteurs : « Les paysans disent que l'eau n'arrive plus. Qui est responsable ? »";
    expect(statementsOf(text).find((x) => x.text.startsWith('Les paysans'))?.speaker).toBe('person/rania-fawzy');
  });
});

describe("a first name's gender from the name lists", () => {
  it('holds only for the name as the lists write it: Icelandic « Ólöf » is no Swedish "Olof"', () => {
    const text = 'Opposition leader Bjarki Steinsson called the resignation an escape.\n\nCentre Party MP Ólöf Kristjánsdóttir went further. In a Facebook post, she accused the coalition of "preaching clean governance in opposition and practising the opposite in office".';
    expect(statementsOf(text, 'en').find((st) => st.text.includes('preaching'))?.speaker).toBe('person/olof-kristjansdottir');
  });
});

describe('a noun that points back to a person', () => {
  it('« a raconté le jeune homme » is the man named last, even after « de »', () => {
    const text = "Une vidéo montre un policier arrachant un tambour des mains de Matías Sosa, 19 ans. Publiée le soir même, elle a été vue deux millions de fois.\n\n«J'ai juste demandé pourquoi on devait s'arrêter», a raconté le jeune homme au site Montevideo Portal.";
    expect(directSpeakers(text)).toEqual(['person/matias-sosa']);
  });
});

describe('a short label before a colon', () => {
  it('"X addressed the nation. The key lines:" gives X the quotes on the lines under it', () => {
    const text = 'Prime Minister Dorian Mapp has addressed the nation on GBN. The key lines:\n\n"The storm is not the one we feared, but it is still dangerous."\n\n"Stay where you are. The curfew is for your safety."';
    expect(directSpeakers(text, 'en')).toEqual(['person/dorian-mapp', 'person/dorian-mapp']);
  });
});

describe('a quote that is a whole sentence after a sentence about its speaker', () => {
  it('« Interrogé sur …, X se fait plus offensif. « … » » gives X the quote, though it says no « je »', () => {
    const text = "Interrogé sur la chute des cours mondiaux, le ministre Malam Sissoco se fait plus offensif. « Le prix du cajou ne se décide pas à Bombay. Il se décide ici, à Bissau, par un gouvernement souverain. »";
    expect(directSpeakers(text)).toEqual(['person/malam-sissoco']);
  });
});

describe('whose words a quote was, said after it', () => {
  it('« « … » : la question de Mme Hoa a été partagée » gives the quote to Mme Hoa', () => {
    const text = "Lưu Thị Hoa cultive des longanes. Son voisin, le pêcheur Đặng Quốc Việt, a tout vu.\n\n« La maison de ma famille est tombée dans le fleuve. Qui est responsable ? » : la question de Mme Hoa a été partagée plus de huit mille fois.";
    expect(directSpeakers(text)).toEqual(['person/luu-thi-hoa']);
  });
});

describe('a round-up told under headings that name people', () => {
  const text = [
    'Reactions pour in after the minister resigns',
    'Minister of Transport Kaja Rand (Reform) resigned on Tuesday after a damning report by the National Audit Office.',
    'Marek Vaher, Greens chair',
    "The junior coalition partner's leader said Rand had done the only thing she could.",
    'Auditor General Piret Pihl',
    'Pihl declined to comment. "Our job is to tell them what the numbers say," she said.',
  ].join('\n\n');
  const statements = statementsOf(text, 'en');

  it('gives a subject by title in the first paragraph under a heading to the person the heading names', () => {
    expect(statements.find((st) => st.text.startsWith('The junior coalition'))?.speaker).toBe('person/marek-vaher');
  });

  it('reads "Auditor General" as a title, and the name after it as a person', () => {
    expect(statements.find((st) => st.text.startsWith('Our job'))?.speaker).toBe('person/piret-pihl');
  });
});

describe('a quote under the sentence that introduces it', () => {
  it('a first-person quote opening a paragraph is the person a one-sentence paragraph before names, even after « de »', () => {
    const text = "Le député Narek Hovsepian a accusé le gouvernement de sacrifier le lac.\n\nLa réponse de la ministre Lilit Avetissian a été tout aussi directe.\n\n« Monsieur le député, je ne vous laisserai pas dire que ce gouvernement sacrifie le lac. »";
    expect(directSpeakers(text)).toEqual(['person/lilit-avetissian']);
  });
});

describe('an interview printed as questions and answers', () => {
  it('gives the guest each unlabelled paragraph after a question, from their first labelled answer, past the writer\'s own paragraphs, until a paragraph names someone else', () => {
    const text = ["Le canal inquiète le Vietnam. Chea Sokhom, secrétaire d'État aux Travaux publics, était ce jeudi l'invité de RFI. Il répond aux questions de Clémence Lagarde.", 'RFI : Le canal sera-t-il livré en 2028 ?', 'Chea Sokhom : Oui. Le calendrier est tenu pour la première section.', 'Hanoï craint pour le delta. Que répondez-vous ?', 'Le Mékong ne sera pas détourné d’une seule goutte.', 'Des habitants affirment avoir été menacés...', 'Si quelqu’un a été menacé, qu’il porte plainte.', "Le secrétaire d'État reconnaît toutefois que le calendrier est serré.", 'Les ouvriers seront-ils payés à temps ?', 'Oui, je m’y engage devant vous.', 'Le député Marc Lenoir dénonce un chantier « hors de contrôle ».', 'Que lui répondez-vous ?', 'Nous verrons bien en 2028.'].join('\n\n');
    const turns = statementsOf(text).filter((st) => st.speaker === 'person/chea-sokhom' && st.kind === 'direct').map((st) => st.text);
    expect(turns).toEqual(['Oui. Le calendrier est tenu pour la première section.', 'Le Mékong ne sera pas détourné d’une seule goutte.', 'Si quelqu’un a été menacé, qu’il porte plainte.', 'Oui, je m’y engage devant vous.']);
  });

  it('an answer that ends on a question of its own, longer than any question, is still the guest’s', () => {
    const text = ['Khaled Bushra, archéologue, était l’invité de RFI.', 'RFI : Cyrène est-elle en danger ?', 'Khaled Bushra : Oui. On construit des maisons sur des tombes.', 'Que reprochez-vous aux autorités ?', 'Nous ne sommes pas contre une route. Nous sommes contre ce tracé, qui coupe la nécropole nord sur près de deux kilomètres. Nous avons proposé un autre tracé, plus au sud, et on nous a répondu que c’était trop cher. Mais qu’est-ce qui coûte le plus cher, une route un peu plus longue ou un site perdu pour toujours ?', 'Vous demandez quoi, concrètement ?', 'Un gel immédiat de tous les permis dans le périmètre protégé.'].join('\n\n');
    const turns = statementsOf(text).filter((st) => st.speaker === 'person/khaled-bushra' && st.extractor === 'statements/interview-answer').map((st) => st.text.slice(0, 30));
    expect(turns).toEqual(['Nous ne sommes pas contre une ', 'Un gel immédiat de tous les pe']);
  });
});

describe('statements of the five seed articles', () => {
  let result: BuildResult;
  let byArticle: (id: string) => ArticleExtraction;
  beforeAll(async () => {
    result = await buildGraph([ARTICLES]);
    byArticle = (id) => result.corpus.articles.find((a) => a.article.id.startsWith(id))!;
  });

  it('puts the Rubio tweet in one cluster reported by every article, in English and French', () => {
    const tweet = byArticle('000').statements.find((s) => s.text.startsWith('Partnering with Putin'))!;
    expect(tweet.speaker).toBe('person/marco-rubio');
    const members = result.corpus.articles.flatMap((a) => a.statements.filter((s) => s.cluster === tweet.cluster).map((s) => ({ article: a.article.id.slice(0, 3), lang: s.lang })));
    expect([...new Set(members.map((m) => m.article))].sort()).toEqual(['000', '001', '002', '003', '004']);
    expect([...new Set(members.map((m) => m.lang))].sort()).toEqual(['en', 'fr']);
    expect(members.length).toBeGreaterThanOrEqual(7);
  });

  it('attributes the McCain quote to McCain, said on CBS', () => {
    for (const id of ['000', '002']) {
      const s = byArticle(id).statements.find((x) => x.text.startsWith('Je suis sûr que Vladimir Poutine'))!;
      expect(s).toMatchObject({ speaker: 'person/john-mccain', venue: 'outlet/cbs', kind: 'direct' });
    }
  });

  it('attributes the WikiLeaks tweet to WikiLeaks, on Twitter, on 9 July 2017', () => {
    const s = byArticle('004').statements.find((x) => x.text.startsWith('Why not put @JulianAssange'))!;
    expect(s).toMatchObject({ speaker: 'org/wikileaks', venue: 'org/twitter', date: '2017-07-09', lang: 'en' });
  });

  it('makes no statement of the reader comment under the Journal du Geek article', () => {
    const x = byArticle('002');
    const commentsStart = x.article.text.indexOf('5 commentaires');
    expect(commentsStart).toBeGreaterThan(0);
    expect(x.statements.filter((s) => s.spans.some((sp) => sp.start >= commentsStart))).toEqual([]);
  });

  it('reaches the target on the seed gold: statements with the right speaker F1 ≥ 0.90', async () => {
    const report = evaluate(viewGraph(result.quads), await readGold(path.join(ROOT, 'test/gold/seeds.json')));
    expect(report.statements.f1).toBeGreaterThanOrEqual(0.9);
    expect(report.speaker_accuracy).toBeGreaterThanOrEqual(0.95);
    expect(report.cluster_purity).toBeGreaterThanOrEqual(0.7);
  });
});
