// Who a sentence credits with its quotation, on real analyses of the sentence.
import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { colonSpeaker, reportsRecord } from '../../src/core/factcheck/attribution';
import { quoteCredits } from '../../src/core/factcheck/verbCredits';
import { indexFactBase } from '../../src/core/factbase/factIndex';

const analyzer = createAnalyzer({ factBase: bundledFactBase(), settings: {} });

/**
 * The ids `quoteCredits` credits in `sentence` (one sentence) with a quotation after it, as a
 * block quote its sentence introduces, with its quotations as the analysis found them.
 */
function credited(sentence: string): string[] {
  const a = analyzer.analyze(sentence);
  const quoted = a.quotes.filter((q) => q.kind === 'inline').map((q) => q.span);
  return quoteCredits(sentence, 0, a.entities, quoted)(sentence.length, sentence.length).map((e) => e.id);
}

describe('quoteCredits: whom a sentence credits', () => {
  it('credits who is named before the verb, not the outlet told', () => {
    assert.deepEqual(credited('Logan Graham told CNN: "we will not ship it widely this year."'), ['logan-graham']);
  });

  it('credits who is named right after the verb when no one stands before it', () => {
    assert.deepEqual(credited('"We will not ship it widely this year," said Dario Amodei in an interview.'), ['dario-amodei']);
    assert.deepEqual(credited('"We will not ship it widely this year," Anthropic wrote.'), ['anthropic']);
  });

  it('reads neither verbs nor names inside the quotation as the attribution', () => {
    assert.deepEqual(credited('"Anthropic said it would not ship widely," said Logan Graham.'), ['logan-graham']);
  });

  it('credits no one after "told", and no one named far after the verb', () => {
    assert.deepEqual(credited('"We will not ship it widely this year," he told CNN.'), []);
    assert.deepEqual(credited('"We will not ship it widely this year," someone said, as Anthropic had.'), []);
    assert.deepEqual(credited('"We will not ship it widely this year," someone said in a long and winding aside about the week in which Anthropic had.'), []);
  });

  it('looks after the verb only when the verb follows a quotation', () => {
    assert.deepEqual(credited('The framework argued that Anthropic was "not going to ship it widely this year."'), []);
  });

  it('reads the verb of saying nearest before the quotation, and its clause only', () => {
    // "had said" is nearer the quotation than "argued": Anthropic is its subject.
    assert.deepEqual(credited('The framework argued that Anthropic had said "we will not ship it widely this year."'), ['anthropic']);
    assert.deepEqual(credited('Jim Zemlin said the stakes were high, and Logan Graham told CNN "we will not ship it widely this year."'), ['logan-graham']);
    assert.deepEqual(credited('Dario Amodei said "we are careful" and Logan Graham said "we will not ship it widely this year."'), ['logan-graham']);
  });

  it('takes a verb right after the quotation only when the verb before it is in another clause', () => {
    const said = (sentence: string) => {
      const a = analyzer.analyze(sentence);
      const quoted = a.quotes.filter((q) => q.kind === 'inline').map((q) => q.span);
      const credits = quoteCredits(sentence, 0, a.entities, quoted);
      return quoted.map((q) => credits(q.start, q.end).map((e) => e.id));
    };
    assert.deepEqual(said('Anthropic told officials that attacks are "much more likely this year," according to Axios.'), [['anthropic']]);
    assert.deepEqual(said('"We are careful," said Dario Amodei, and "we will not ship it widely," said Logan Graham.'), [['dario-amodei'], ['logan-graham']]);
    assert.deepEqual(said('"We are careful," said Dario Amodei, and "we will not ship it widely," Logan Graham said.'), [['dario-amodei'], ['logan-graham']]);
    assert.deepEqual(said('The risk is "very low, but higher than for previous models" [1], while the Pentagon says it is not.'), [[]]);
  });

  it('credits no one named only in an earlier clause, nor the object of its verb', () => {
    assert.deepEqual(
      credited("Hegseth designated Anthropic a supply chain risk, and the Department's filing argued the company might \"disable its technology or preemptively alter the behavior of its model.\""),
      [],
    );
    assert.deepEqual(credited('Hegseth designated Anthropic a supply chain risk; the filing argued "the company might disable it."'), []);
  });

  it('reads back past a clause with no subject of its own, and over the last name of a list', () => {
    assert.deepEqual(credited('Dario Amodei spoke first, and then added "we will not ship it widely this year."'), ['dario-amodei']);
    assert.deepEqual(credited('OpenAI, Google, and Microsoft said "we will not ship it widely this year."'), ['openai', 'google', 'microsoft']);
  });

  it('does not credit a name that is the topic of a preposition', () => {
    assert.deepEqual(credited('Commenting on Anthropic, Microsoft said "we will not ship it widely this year."'), ['microsoft']);
  });

  it('credits who follows "according to"', () => {
    assert.deepEqual(credited('According to Logan Graham, "we will not ship it widely this year."'), ['logan-graham']);
  });
});

describe('PL005 and the clause that credits a quotation', () => {
  const pl005 = (text: string) =>
    analyzer
      .analyze(`${text}[^1]\n\n[^1]: TechCrunch.\n`)
      .findings.filter((f) => f.code === 'PL005')
      .map((f) => f.message.replace(/, but on record.*/, ''));
  const disable = '"disable its technology or preemptively alter the behavior of its model."';

  it('credits neither the subject of an earlier clause nor the entity the quotation is about', () => {
    assert.deepEqual(pl005(`On February 27, 2026, Hegseth designated Anthropic a supply chain risk, and the Department's filing argued the company might ${disable}`), []);
    assert.deepEqual(pl005(`Hegseth designated Anthropic a supply chain risk, and the Pentagon's filing argued the company might ${disable}`), []);
  });

  it('still flags a wrong speaker in the verb’s clause, naming only that speaker', () => {
    assert.deepEqual(pl005(`Hegseth designated Anthropic a supply chain risk, and Microsoft's brief argued the company might ${disable}`), ['Quotation is credited to Microsoft']);
    assert.deepEqual(pl005(`Commenting on Anthropic, Microsoft argued the company might ${disable}`), ['Quotation is credited to Microsoft']);
    assert.deepEqual(pl005('Dario Amodei said "We did not feel comfortable releasing this generally."'), ['Quotation is credited to Dario Amodei']);
    assert.deepEqual(pl005('"We did not feel comfortable releasing this generally," said Jim Zemlin.'), ['Quotation is credited to Jim Zemlin']);
    assert.deepEqual(pl005('OpenAI, Google, and Microsoft said "we did not feel comfortable releasing this generally."'), ['Quotation is credited to OpenAI and Google and Microsoft']);
  });

  it('reads "called … a “…”" as crediting the words', () => {
    assert.deepEqual(pl005('President Trump called Anthropic a "supply chain risk".'), ['Quotation is credited to Donald Trump']);
    assert.deepEqual(pl005('Hegseth called Anthropic a "supply chain risk".'), []);
  });

  it('credits a passive verb of saying to its agent after "by", never to its subject', () => {
    assert.deepEqual(pl005('Anthropic was called a "supply chain risk" in the same weeks.'), []);
    assert.deepEqual(pl005('Anthropic was called a "supply chain risk" by Pete Hegseth.'), []);
    assert.deepEqual(pl005('Anthropic was publicly called a "supply chain risk" by the Pentagon.'), []);
    assert.deepEqual(pl005('Anthropic was called a "supply chain risk" by Dario Amodei.'), ['Quotation is credited to Dario Amodei']);
  });

  it('credits a participle phrase set off by commas, with no auxiliary, to its agent (blind QA round 15, quotes item 3)', () => {
    assert.deepEqual(pl005('Anthropic, called a "supply chain risk" by Pete Hegseth, sued the government.'), []);
    assert.deepEqual(pl005('Anthropic, described as a "supply chain risk" by Hegseth, said it would sue.'), []);
    assert.deepEqual(pl005('Anthropic, branded a "supply chain risk" by the Pentagon, sued the government.'), []);
    assert.deepEqual(pl005('Anthropic, called a "supply chain risk" by Dario Amodei, sued the government.'), ['Quotation is credited to Dario Amodei']);
    // An active verb after an aside set off by commas keeps its subject.
    assert.deepEqual(pl005('Dario Amodei, in a memo, called Anthropic a "supply chain risk" and moved on.'), ['Quotation is credited to Dario Amodei']);
    assert.deepEqual(pl005('Hegseth, in a memo, called Anthropic a "supply chain risk" and moved on.'), []);
  });

  it('credits the words to whom "in X\'s words" or "in the words of X" beside them names, whatever the verb', () => {
    assert.deepEqual(pl005('OpenAI described Anthropic as a "supply chain risk" in Hegseth\'s words, and moved on.'), []);
    assert.deepEqual(pl005('OpenAI described Anthropic as a "supply chain risk," in the words of Pete Hegseth.'), []);
    assert.deepEqual(pl005('OpenAI called Anthropic, in Hegseth\'s words, a "supply chain risk".'), []);
    assert.deepEqual(pl005('Anthropic, a "supply chain risk" in Hegseth\'s words, sued the government.'), []);
    assert.deepEqual(pl005('Hegseth described Anthropic as a "supply chain risk" in Dario Amodei\'s words.'), ['Quotation is credited to Dario Amodei']);
  });

  it('credits the one quoted with "quote": the passive\'s subject, the active\'s object (blind QA report Y, item 9)', () => {
    const far = '"currently far ahead of any other AI model in cyber capabilities"';
    const wrong = ['Quotation is credited to Jim Zemlin'];
    assert.deepEqual(pl005(`Jim Zemlin was quoted at the launch saying the program would bring ${far} tooling to maintainers.`), wrong);
    assert.deepEqual(pl005(`Jim Zemlin was quoted as saying the model was ${far}.`), wrong);
    assert.deepEqual(pl005(`Jim Zemlin is quoted in Fortune as telling reporters the model was ${far}.`), wrong);
    assert.deepEqual(pl005(`Fortune quoted Jim Zemlin as saying the model was ${far}.`), wrong);
    // The one quoted said it: no wrong speaker; a noun phrase quoted, or a passive's agent, names no speaker.
    assert.deepEqual(pl005(`Anthropic was quoted as saying the model is ${far}.`), []);
    assert.deepEqual(pl005(`Fortune, quoting the draft, called the model ${far}.`), []);
    assert.deepEqual(pl005(`The draft was quoted by Jim Zemlin calling the model ${far}.`), []);
  });

  it('credits the subject after an opening phrase set off by a comma, not a name inside that phrase', () => {
    const likely = 'attacks were "much more likely this year."';
    assert.deepEqual(pl005(`In briefings first reported by Axios, the company warned that ${likely}`), []);
    assert.deepEqual(pl005(`In briefings first reported by Axios, Dario Amodei warned that ${likely}`), ['Quotation is credited to Dario Amodei']);
    assert.deepEqual(credited('After Hegseth designated the company, Dario Amodei said "we will not ship it widely this year."'), ['dario-amodei']);
    // A list of names, and a name with its apposition, stay the subject.
    assert.deepEqual(credited('OpenAI, Google and Microsoft said "we will not ship it widely this year."'), ['openai', 'google', 'microsoft']);
    assert.deepEqual(credited('Dario Amodei, Anthropic\'s chief executive, said "we will not ship it widely this year."'), ['dario-amodei', 'anthropic']);
  });

  it('credits a person named by family name alone once the document named them in full', () => {
    const settled = '"We did not feel comfortable releasing this generally."';
    assert.deepEqual(pl005(`Dario Amodei testified.\n\nPressed on why, Amodei told Hadley: ${settled}`), ['Quotation is credited to Dario Amodei']);
    assert.deepEqual(pl005(`Logan Graham testified.\n\nGraham told Hadley: ${settled}`), []);
    // Never named in full: "Graham" alone may be another Graham. ("Amodei" is an alias of the bundled
    // fact base, as "Hegseth" and "Zemlin" are: it names him anywhere; blind QA round 19, tester P item 3.2.)
    const leaked = '"by far the most powerful AI model we\'ve ever developed."';
    assert.deepEqual(pl005(`Logan Graham testified.\n\nPressed on why, Graham told Hadley: ${leaked}`), ['Quotation is credited to Logan Graham']);
    assert.deepEqual(pl005(`Graham told Hadley: ${leaked}`), []);
    assert.deepEqual(pl005(`Amodei told Hadley: ${settled}`), ['Quotation is credited to Dario Amodei']);
  });

  it('credits "he" or "she" to the one person the paragraph named before', () => {
    const settled = '"We did not feel comfortable releasing this generally."';
    assert.deepEqual(pl005(`Jim Zemlin spoke at the launch. He said ${settled}`), ['Quotation is credited to Jim Zemlin']);
    assert.deepEqual(pl005(`Logan Graham spoke at the launch. He said ${settled}`), []);
    // Two persons named, or none in the paragraph: the pronoun is not guessed.
    assert.deepEqual(pl005(`Jim Zemlin and Dario Amodei spoke. He said ${settled}`), []);
    assert.deepEqual(pl005(`Jim Zemlin spoke.\n\nHe said ${settled}`), []);
  });

  it('credits "he" or "she" after the quotation as before it: \'“…,” he said\' (blind QA round 8, P item 1)', () => {
    const settled = '"We did not feel comfortable releasing this generally,"';
    const zemlin = ['Quotation is credited to Jim Zemlin'];
    assert.deepEqual(pl005(`Jim Zemlin sounded alarmed. ${settled} he said.`), zemlin);
    assert.deepEqual(pl005(`Jim Zemlin sounded alarmed. ${settled} she told reporters.`), zemlin);
    assert.deepEqual(pl005(`Jim Zemlin sounded alarmed. ${settled} he later added.`), zemlin);
    assert.deepEqual(pl005(`Logan Graham sounded alarmed. ${settled} he said.`), []);
    // Several sentences on: the pronoun's chain goes back to the one named.
    assert.deepEqual(pl005(`Zemlin has been at this a long time. Jim Zemlin has watched maintainers burn out. He has seen vendors take the code. Last week, he sounded almost alarmed. ${settled} he said.`), zemlin);
    // Two persons in the paragraph: the nearest one named, before the quotation or after it.
    const amodei = ['Quotation is credited to Dario Amodei'];
    assert.deepEqual(pl005(`Logan Graham was not the only executive on camera. Dario Amodei went on camera on launch day. ${settled} he said.`), amodei);
    assert.deepEqual(pl005(`Logan Graham was not the only executive on camera. Dario Amodei went on camera on launch day. He said: ${settled.slice(0, -2)}."`), amodei);
    assert.deepEqual(pl005(`Dario Amodei went on camera on launch day. Logan Graham spoke next. ${settled} he said.`), []);
    // Not guessed: the nearest sentence names two persons, or a person the fact base does not know, or a name inside a quotation.
    assert.deepEqual(pl005(`Logan Graham spoke. Jim Zemlin and Dario Amodei followed. ${settled} he said.`), []);
    assert.deepEqual(pl005(`Jim Zemlin spoke first. Maria Okafor, a maintainer, disagreed. ${settled} she said.`), []);
    assert.deepEqual(pl005(`Logan Graham spoke. "Ask Dario Amodei about that one," he said. ${settled} he added.`), []);
    // A verb of saying before the quotation is its attribution: the pronoun after it reports.
    assert.deepEqual(pl005(`Jim Zemlin spoke. The draft called the model "by far the most powerful AI model we've ever developed," he said.`), []);
    // A split quotation (its parts are the record in a draft that names Anthropic): the pronoun credits both parts, once.
    assert.deepEqual(pl005(`Anthropic briefed its partners.\n\nJim Zemlin sounded alarmed. "We did not feel comfortable," he said, "releasing this generally."`), zemlin);
  });

  it('credits the noun phrase that is the verb’s subject, not a name elsewhere in its clause', () => {
    const powerful = 'called the model "by far the most powerful AI model we\'ve ever developed."';
    assert.deepEqual(pl005(`Dario Amodei went on camera after a draft ${powerful}`), []);
    assert.deepEqual(pl005(`Dario Amodei pointed to the draft, which ${powerful}`), []);
    assert.deepEqual(pl005(`Dario Amodei went on camera after Fortune reported that the draft ${powerful}`), []);
    assert.deepEqual(pl005(`Dario Amodei went on camera after the draft that ${powerful}`), []);
    // Still flagged: the name is the subject, with a phrase between it and the verb, or before "who".
    const amodei = ['Quotation is credited to Dario Amodei'];
    assert.deepEqual(pl005(`Dario Amodei ${powerful}`), amodei);
    assert.deepEqual(pl005(`Dario Amodei has also ${powerful}`), amodei);
    assert.deepEqual(pl005(`Dario Amodei in an interview ${powerful}`), amodei);
    assert.deepEqual(pl005(`Dario Amodei the next day ${powerful}`), amodei);
    assert.deepEqual(pl005(`Logan Graham thanked Dario Amodei, who ${powerful}`), amodei);
  });

  it('credits no one with a negated verb of saying', () => {
    const powerful = '"by far the most powerful AI model we\'ve ever developed"';
    const settled = '"We did not feel comfortable releasing this generally."';
    assert.deepEqual(pl005(`Dario Amodei did not say the model was ${powerful}; the leaked draft did.`), []);
    assert.deepEqual(pl005(`Dario Amodei never called the model ${powerful}.`), []);
    assert.deepEqual(pl005(`Dario Amodei didn't tell CNN ${settled}`), []);
    assert.deepEqual(pl005(`${settled.slice(0, -2)}," Dario Amodei did not say.`), []);
    assert.deepEqual(pl005(`Dario Amodei, not one to hedge, told CNN ${settled}`), ['Quotation is credited to Dario Amodei']);
  });

  it('credits the owner of a possessive only when the head noun carries the owner’s words', () => {
    assert.deepEqual(pl005(`Pete Hegseth's department argued in court that Anthropic might ${disable}`), []);
    assert.deepEqual(pl005(`Pete Hegseth’s lawyers argued that Anthropic might ${disable}`), []);
    assert.deepEqual(pl005(`Pete Hegseth's statement argued that Anthropic might ${disable}`), ['Quotation is credited to Pete Hegseth']);
    assert.deepEqual(pl005('Dario Amodei\'s blog post called the model "by far the most powerful AI model we\'ve ever developed."'), ['Quotation is credited to Dario Amodei']);
  });

  it('credits an organization with what its officers say, by title (blind QA report N, item 9)', () => {
    const settled = '“We did not feel comfortable releasing this generally.”';
    const foundation = ['Quotation is credited to Linux Foundation'];
    assert.deepEqual(pl005(`The Linux Foundation's chief executive said: ${settled}`), foundation);
    assert.deepEqual(pl005(`The Linux Foundation's chief executive was quoted by one aggregator as saying ${settled}`), foundation);
    assert.deepEqual(pl005(`The Linux Foundation's CEO told reporters ${settled}`), foundation);
    assert.deepEqual(pl005(`Microsoft's lawyers argued that Anthropic might ${disable}`), ['Quotation is credited to Microsoft']);
    // Its leadership, management or board as a body (blind QA round 9, R item 5).
    assert.deepEqual(pl005(`The Linux Foundation's leadership had warned: ${settled}`), foundation);
    assert.deepEqual(pl005(`The Linux Foundation's board said ${settled}`), foundation);
    // The speaker's own organization; a title of a person's, who is not that person.
    assert.deepEqual(pl005(`Anthropic's head of frontier red teaming put it plainly: ${settled}`), []);
    assert.deepEqual(pl005(`Anthropic's chief executive said ${settled}`), []);
    assert.deepEqual(pl005(`The Pentagon's lawyers argued that Anthropic might ${disable}`), []);
  });

  it('credits an organization with what its officer says, by any title, but not past the officer’s own name (blind QA round 16, H item 3)', () => {
    const far = '"currently far ahead of any other AI model in cyber capabilities."';
    const crowdStrike = ['Quotation is credited to CrowdStrike'];
    assert.deepEqual(pl005(`CrowdStrike's CTO said the model is ${far}`), crowdStrike);
    assert.deepEqual(pl005(`As CrowdStrike's CTO put it on their webinar, the model is ${far}`), crowdStrike);
    assert.deepEqual(pl005(`CrowdStrike's head of policy said the model is ${far}`), crowdStrike);
    assert.deepEqual(pl005(`CrowdStrike's chief information security officer said the model is ${far}`), crowdStrike);
    assert.deepEqual(pl005(`CrowdStrike's CISO wrote that the model is ${far}`), crowdStrike);
    // The officer named: the person speaks, whom the fact base does not know.
    assert.deepEqual(pl005(`CrowdStrike's CTO, Elia Zaitsev, said the model is ${far}`), []);
    assert.deepEqual(pl005(`The CTO of CrowdStrike, Elia Zaitsev, said the model is ${far}`), []);
  });

  it("credits a named officer with a document's words, not the organization named with them (blind QA round 18, tester H item M1)", () => {
    const powerful = '"by far the most powerful AI model we\'ve ever developed".[1]\n\n[1]: https://fortune.com/x "Anthropic Accidentally Leaked Details"\n';
    const amodei = ['Quotation is credited to Dario Amodei'];
    // On record these are Anthropic's, from its leaked draft blog post: no person said them.
    assert.deepEqual(pl005(`Dario Amodei, Anthropic's chief executive, called it ${powerful}`), amodei);
    assert.deepEqual(pl005(`Anthropic's chief executive Dario Amodei called it ${powerful}`), amodei);
    assert.deepEqual(pl005(`Anthropic CEO Dario Amodei called it ${powerful}`), amodei);
    // The organization, its document, or an officer by title alone voice what the organization wrote.
    assert.deepEqual(pl005(`Anthropic called it ${powerful}`), []);
    assert.deepEqual(pl005(`Anthropic's draft blog post called it ${powerful}`), []);
    assert.deepEqual(pl005(`Anthropic's chief executive called it ${powerful}`), []);
    assert.deepEqual(pl005(`The Pentagon's lawyers argued that Anthropic might ${disable}`), []);
    // Words an organization said with no document (in private briefings) an officer named with it may have voiced.
    assert.deepEqual(pl005('Anthropic CEO Dario Amodei told officials that such attacks are "much more likely this year".[1]\n\n[1]: https://axios.com/x "Anthropic warns"\n'), []);
  });

  it('reports a split quotation credited to the wrong speaker once, and each misattributing sentence', () => {
    assert.deepEqual(pl005('"We did not," Dario Amodei told CNN, "feel comfortable releasing this generally."'), ['Quotation is credited to Dario Amodei']);
    const settled = '"We did not feel comfortable releasing this generally."';
    assert.deepEqual(pl005(`Dario Amodei said ${settled} Jim Zemlin said ${settled}`), ['Quotation is credited to Dario Amodei', 'Quotation is credited to Jim Zemlin']);
    assert.deepEqual(pl005(`Dario Amodei said ${settled} Dario Amodei said ${settled}`), ['Quotation is credited to Dario Amodei', 'Quotation is credited to Dario Amodei']);
  });

  it('passes over an "according to" phrase naming a reporter, as an aside or an opening (blind QA report N, item 5)', () => {
    const anthropic = ['Quotation is credited to Anthropic'];
    assert.deepEqual(pl005(`Anthropic itself, according to one summary, argued that it might ${disable}`), anthropic);
    assert.deepEqual(pl005(`Anthropic, according to Fortune, has also argued that it might ${disable}`), anthropic);
    assert.deepEqual(pl005(`According to Fortune, Anthropic argued that it might ${disable}`), anthropic);
    // The speaker on record, a noun phrase or a negated verb after the phrase: no one wrongly credited, not the reporter either.
    assert.deepEqual(pl005(`The Pentagon, according to Microsoft, argued that Anthropic might ${disable}`), []);
    assert.deepEqual(pl005(`According to Microsoft, the Pentagon argued that Anthropic might ${disable}`), []);
    assert.deepEqual(pl005(`Anthropic, according to Microsoft, never argued that it might ${disable}`), []);
    // Without another verb of saying, "according to" credits whom it names.
    assert.deepEqual(pl005(`Anthropic might, according to Microsoft, ${disable}`), ['Quotation is credited to Microsoft']);
  });

  it('passes over an "according to" aside between a verb of saying and its that-clause (blind QA round 14, G item 2)', () => {
    // "according to Axios" names the reporter; "told" the speaker, the subject of its clause.
    assert.deepEqual(pl005('Anthropic has told US officials, according to Axios, that such attacks are "much more likely this year".'), []);
    assert.deepEqual(pl005('Anthropic warned, according to Axios, "much more likely this year".'), []);
    assert.deepEqual(pl005('Dario Amodei told CNN, according to Axios, that "we did not feel comfortable releasing this generally."'), ['Quotation is credited to Dario Amodei']);
    // Not past a clause break: "according to" then credits whom it names.
    assert.deepEqual(pl005(`Anthropic told officials; according to Microsoft, ${disable}`), ['Quotation is credited to Microsoft']);
  });

  it('does not let a verb of saying in an earlier clause credit a quotation in a clause with a subject of its own (blind QA round 14, J item 2)', () => {
    assert.deepEqual(pl005('On Feb. 27, President Trump told agencies to drop Anthropic, and Defense Secretary Pete Hegseth cited a "supply chain risk".'), []);
    assert.deepEqual(pl005('President Trump told agencies to drop Anthropic, and the Pentagon cited a "supply chain risk".'), []);
    assert.deepEqual(pl005('President Trump told agencies to drop Anthropic, and Dario Amodei rejected the "supply chain risk" label.'), []);
    // A clause with no subject of its own goes on with the verb before it.
    assert.deepEqual(pl005('Dario Amodei said the launch was careful, and that "we did not feel comfortable releasing this generally."'), ['Quotation is credited to Dario Amodei']);
  });

  it('reads "labeled", "designated", "dubbed", "branded" and "termed" as crediting the words, as "called" (blind QA round 14, J item 2)', () => {
    assert.deepEqual(pl005('On Feb. 27, President Trump told agencies to drop Anthropic, and Defense Secretary Pete Hegseth labeled the company a "supply chain risk".'), []);
    assert.deepEqual(pl005('President Trump told agencies to drop Anthropic, and Defense Secretary Pete Hegseth designated the company a "supply chain risk".'), []);
    assert.deepEqual(pl005('The Pentagon designated Anthropic a "supply chain risk".'), []);
    for (const verb of ['labeled', 'labelled', 'designated', 'dubbed', 'branded', 'termed']) {
      assert.deepEqual(pl005(`President Trump ${verb} Anthropic a "supply chain risk".`), ['Quotation is credited to Donald Trump'], verb);
    }
    assert.deepEqual(pl005('Anthropic was designated a "supply chain risk" by President Trump.'), ['Quotation is credited to Donald Trump']);
    assert.deepEqual(pl005('Anthropic was designated a "supply chain risk" in February.'), []);
  });

  it('accepts the organizations the speaker’s organization belongs to, and a document part of the speaker’s', () => {
    // Pete Hegseth leads the Department of Defense, part of the U.S. government.
    assert.deepEqual(pl005('The Trump administration called Anthropic a "supply chain risk".'), []);
    assert.deepEqual(pl005('The U.S. government called Anthropic a "supply chain risk".'), []);
    // A person is never credited through membership.
    assert.deepEqual(pl005('Donald Trump called Anthropic a "supply chain risk".'), ['Quotation is credited to Donald Trump']);
    // The system card's model welfare assessment is part of Anthropic's system card.
    assert.deepEqual(pl005('The Mythos Preview model welfare assessment calls it "the most psychologically settled model we have trained".'), []);
  });

  it('reads verbs of saying written in capitals, as headlines and pull-quotes set them (blind QA report N, item 6)', () => {
    const shouted = '“WE DID NOT FEEL COMFORTABLE RELEASING THIS GENERALLY.”';
    const zemlin = ['Quotation is credited to Jim Zemlin'];
    assert.deepEqual(pl005(`**“WE DID NOT FEEL COMFORTABLE RELEASING THIS GENERALLY,” SAID JIM ZEMLIN.**`), zemlin);
    assert.deepEqual(pl005(`JIM ZEMLIN SAID: ${shouted}`), zemlin);
    assert.deepEqual(pl005(`ACCORDING TO JIM ZEMLIN, ${shouted}`), zemlin);
    assert.deepEqual(pl005(`LOGAN GRAHAM TOLD CNN: ${shouted}`), []);
    assert.deepEqual(pl005(`JIM ZEMLIN DID NOT SAY ${shouted}`), []);
  });

  it('credits a participle of saying to the subject of the clause it is attached to (blind QA report L, item 6)', () => {
    const microsoft = ['Quotation is credited to Microsoft'];
    const zemlin = ['Quotation is credited to Jim Zemlin'];
    const powerful = '"by far the most powerful AI model we\'ve ever developed"';
    assert.deepEqual(pl005(`Microsoft's amicus brief went further than the government had anticipated, arguing that Anthropic might ${disable}`), microsoft);
    assert.deepEqual(pl005(`Microsoft's brief, arguing that Anthropic might ${disable.replace('."', '",')} was filed in March.`), microsoft);
    assert.deepEqual(pl005(`Jim Zemlin went further, calling it ${powerful}.`), zemlin);
    assert.deepEqual(pl005(`Microsoft went further while arguing that Anthropic might ${disable}`), microsoft);
    assert.deepEqual(pl005(`Microsoft went further — arguing that Anthropic might ${disable}`), microsoft);
    assert.deepEqual(pl005(`Microsoft went further, citing the filing and arguing that Anthropic might ${disable}`), microsoft);
    // The subject heads the clause: not a name in an opening phrase, nor the verb's object, nor a reporter.
    assert.deepEqual(pl005(`After Hegseth designated Anthropic, Microsoft went further, arguing that Anthropic might ${disable}`), microsoft);
    assert.deepEqual(pl005(`According to the filing, Microsoft went further, arguing that Anthropic might ${disable}`), microsoft);
    assert.deepEqual(pl005(`Jim Zemlin went further than Anthropic, calling it ${powerful}.`), zemlin);
    // A participle opening the sentence takes the subject after its phrase.
    assert.deepEqual(pl005(`Calling it ${powerful}, Jim Zemlin went further.`), zemlin);
  });

  it('keeps silent for a participle whose subject is the right speaker, or no one named', () => {
    assert.deepEqual(pl005(`The Department of Defense went further, arguing that Anthropic might ${disable}`), []);
    assert.deepEqual(pl005(`According to TechCrunch, the Pentagon went further, arguing that Anthropic might ${disable}`), []);
    assert.deepEqual(pl005(`The filing went further, arguing that Anthropic might ${disable}`), []);
    assert.deepEqual(pl005(`The Department went further, citing Microsoft's brief and arguing that Anthropic might ${disable}`), []);
    assert.deepEqual(pl005(`Pete Hegseth's department went further, arguing that Anthropic might ${disable}`), []);
    // A noun or a gerund, not a participle: the sentence does not settle who spoke.
    assert.deepEqual(pl005(`Microsoft filed a brief arguing that Anthropic might ${disable}`), []);
    assert.deepEqual(pl005('Hegseth criticised Anthropic for calling it "by far the most powerful AI model we\'ve ever developed."'), []);
    assert.deepEqual(pl005('Microsoft cited the draft\'s warning that the model was "by far the most powerful AI model we\'ve ever developed."'), []);
  });

  it('gives a participle after a quotation the speaker of that quotation, not another', () => {
    const settled = '"We did not feel comfortable releasing this generally"';
    const powerful = '"by far the most powerful AI model we\'ve ever developed"';
    const said = (sentence: string) => {
      const a = analyzer.analyze(sentence);
      const quoted = a.quotes.filter((q) => q.kind === 'inline').map((q) => q.span);
      const credits = quoteCredits(sentence, 0, a.entities, quoted);
      return quoted.map((q) => credits(q.start, q.end).map((e) => e.id));
    };
    assert.deepEqual(said(`${settled.slice(0, -1)}," Logan Graham said, adding that the model was ${powerful}.`), [['logan-graham'], ['logan-graham']]);
    assert.deepEqual(said(`${settled.slice(0, -1)}," said Logan Graham, adding that the model was ${powerful}.`), [['logan-graham'], ['logan-graham']]);
    assert.deepEqual(said(`Jim Zemlin said the model was new, calling it ${powerful}.`), [['jim-zemlin']]);
    assert.deepEqual(pl005(`"We are careful," Logan Graham said, adding ${settled}.`), []);
    // "he" heading the clause stands for the one person the paragraph named.
    assert.deepEqual(pl005(`Jim Zemlin spoke at the launch. He went further, calling it ${powerful}.`), ['Quotation is credited to Jim Zemlin']);
    assert.deepEqual(pl005(`Jim Zemlin spoke at the launch. He said the model was new, calling it ${powerful}.`), ['Quotation is credited to Jim Zemlin']);
  });

  // Blind QA A (round 19), item 2: "spoke of", "has spoken of", "talked about" report words as "warned of" does.
  it('reads "spoke of", "has spoken of" and "talked of/about" as verbs of saying, and "spoke" alone as none', () => {
    const wave = '"upcoming wave of models that can exploit vulnerabilities"';
    assert.deepEqual(pl005(`Logan Graham leads the Frontier Red Team. Graham has spoken of an ${wave}.`), ['Quotation is credited to Logan Graham']);
    assert.deepEqual(pl005(`Logan Graham, for his part, spoke of an ${wave}.`), ['Quotation is credited to Logan Graham']);
    assert.deepEqual(pl005(`Logan Graham has talked about an ${wave}.`), ['Quotation is credited to Logan Graham']);
    assert.deepEqual(pl005(`Jim Zemlin talks of an ${wave}.`), ['Quotation is credited to Jim Zemlin']);
    assert.deepEqual(pl005(`Logan Graham spoke about the risk. He spoke of an ${wave}.`), ['Quotation is credited to Logan Graham']);
    // The speaker on record, and a subject that only spoke.
    assert.deepEqual(pl005(`The leaked Anthropic draft spoke of an ${wave}.`), []);
    assert.deepEqual(pl005(`Anthropic has spoken of an ${wave}.`), []);
    assert.deepEqual(pl005(`Dario Amodei spoke after the draft warned of an ${wave}.`), []);
    // Passive: the one spoken of says nothing.
    assert.deepEqual(pl005(`Jim Zemlin was often spoken of as ${wave.replace('upcoming wave', 'the upcoming wave')}.`), []);
  });

  // Blind QA C (round 19), item 10: a pull quote credited with a dash on its own line, as a block quote's attribution line.
  it('credits the name at the head of a dash credit after an inline quotation', () => {
    const words = '"We did not feel comfortable releasing this generally."';
    const pull = (credit: string) => analyzer.analyze(`${words}${credit}\n\n## References\n\n1. CNN, "Anthropic Releases".\n`).findings.filter((f) => f.code === 'PL005').map((f) => f.message.replace(/, but on record.*/, ''));
    assert.deepEqual(pull(' — Dario Amodei, CNN [1]'), ['Quotation is credited to Dario Amodei']);
    assert.deepEqual(pull(' [1] – Anthropic CEO Dario Amodei'), ['Quotation is credited to Dario Amodei']);
    assert.deepEqual(pull(' -- *Dario Amodei*, in an interview [1]'), ['Quotation is credited to Dario Amodei']);
    assert.deepEqual(pull(' - Jim Zemlin (Linux Foundation) [1]'), ['Quotation is credited to Jim Zemlin']);
    // The speaker on record, the outlet that reported the words, and a dash that goes on with prose.
    assert.deepEqual(pull(' — Logan Graham, CNN [1]'), []);
    assert.deepEqual(pull(' — CNN [1]'), []);
    assert.deepEqual(pull(' — Dario Amodei never said these words [1]'), []);
    assert.deepEqual(pull(' — a line Dario Amodei later repeated [1]'), []);
    assert.deepEqual(pull('-Dario Amodei [1]'), []);
  });

  it('keeps silent for the right speaker named in the verb’s clause', () => {
    assert.deepEqual(pl005('Jim Zemlin praised the partners, and Logan Graham told CNN "We did not feel comfortable releasing this generally."'), []);
    assert.deepEqual(pl005(`Anthropic sued, and the Pentagon argued the company might ${disable}`), []);
  });
});

describe('reportsRecord', () => {
  const index = indexFactBase(bundledFactBase());
  const record = (id: string) => index.quotation(id)!;

  it('knows the outlet that published a quotation’s source on record as its reporter', () => {
    assert.equal(reportsRecord('fortune', record('upcoming-wave'), index), true);
    assert.equal(reportsRecord('cnn', record('not-comfortable-releasing'), index), true);
  });

  it('does not take a speaker who published its own words for a mere reporter', () => {
    assert.equal(reportsRecord('anthropic', record('very-low-but-higher'), index), false);
    const text =
      "Anthropic's view is that the risk is 'very low, but higher than for previous models' [1], while the Pentagon says Anthropic might cut it off [2].\n\n[1]: https://a.example\n[2]: https://b.example\n";
    assert.deepEqual(
      analyzer.analyze(text).findings.filter((f) => f.code === 'PL005').map((f) => f.message),
      [],
    );
  });

  it('does not excuse another outlet, or a person', () => {
    assert.equal(reportsRecord('cnn', record('upcoming-wave'), index), false);
    assert.equal(reportsRecord('dario-amodei', record('upcoming-wave'), index), false);
    assert.equal(reportsRecord('fortune', record('not-comfortable-releasing'), index), false);
  });

  it('leaves no PL005 on a quotation credited to its reporter, and one on a wrong speaker named with it', () => {
    const pl005 = (text: string) => analyzer.analyze(`${text}\n\n[7]: https://fortune.com/leak\n`).findings.filter((f) => f.code === 'PL005').length;
    assert.equal(pl005('According to Fortune, the draft warned of an "upcoming wave of models that can exploit vulnerabilities" [7].'), 0);
    assert.equal(pl005('Fortune reported that the draft warned of an "upcoming wave of models that can exploit vulnerabilities" [7].'), 0);
    assert.equal(pl005('According to Fortune, Dario Amodei warned of an "upcoming wave of models that can exploit vulnerabilities" [7].'), 1);
  });

  it('names the source on record by title and publisher, not by its number in the fact base (the draft numbers its own)', () => {
    const text = 'Dario Amodei told CNN: "We did not feel comfortable releasing this generally." [1]\n\n[1]: https://cnn.example\n';
    const [message] = analyzer.analyze(text).findings.filter((f) => f.code === 'PL005').map((f) => f.message);
    assert.match(message, /\(source: Anthropic Releases [^)]*, CNN\)/);
    assert.doesNotMatch(message, /source: \[/);
  });
});

describe('colonSpeaker', () => {
  /** The id `colonSpeaker` finds for the first quotation of `sentence` (one sentence). */
  function colonCredited(sentence: string): string | undefined {
    const a = analyzer.analyze(sentence);
    const q = a.quotes.find((x) => x.kind === 'inline');
    assert.ok(q, 'no quotation');
    return colonSpeaker(sentence, 0, a.entities, q.span.start)?.id;
  }
  const said = '“We did not feel comfortable releasing this generally.”';

  it('credits the name right before a colon that directly precedes the quotation', () => {
    assert.equal(colonCredited(`Dario Amodei: ${said}`), 'dario-amodei');
    assert.equal(colonCredited(`**Dario Amodei:** ${said}`), 'dario-amodei');
    assert.equal(colonCredited(`Anthropic CEO Dario Amodei: ${said}`), 'dario-amodei');
  });

  it('passes over a parenthesised outlet or role between the name and the colon', () => {
    assert.equal(colonCredited(`Dario Amodei (CNN): ${said}`), 'dario-amodei');
  });

  it('credits no one when the colon names no entity, or a topic or object rather than a speaker', () => {
    assert.equal(colonCredited(`Two views: ${said}`), undefined);
    assert.equal(colonCredited(`On Dario Amodei: ${said}`), undefined);
    assert.equal(colonCredited(`In its report on Dario Amodei: ${said}`), undefined);
    assert.equal(colonCredited(`He told Dario Amodei: ${said}`), undefined);
    assert.equal(colonCredited(`Dario Amodei: a note, and then ${said}`), undefined);
  });
});

describe('PL005 on colon attributions', () => {
  const pl005 = (text: string) =>
    analyzer
      .analyze(`${text}\n\n[1]: https://cnn.example\n[7]: https://fortune.example\n`)
      .findings.filter((f) => f.code === 'PL005')
      .map((f) => f.range.start.line);
  const comfortable = '“We did not feel comfortable releasing this generally.” [1]';
  const wave = '“upcoming wave of models that can exploit vulnerabilities” [7]';

  it('flags a wrong speaker named before the colon, in prose, lists and before a block quote', () => {
    assert.deepEqual(pl005(`Dario Amodei (CNN): ${comfortable}`), [0]);
    assert.deepEqual(pl005(`- Jim Zemlin: ${wave}`), [0]);
    assert.deepEqual(pl005('Dario Amodei (CNN):\n\n> We did not feel comfortable releasing this generally. [1]'), [2]);
  });

  it('keeps silent for the speaker, the speaker’s organization, and the outlet on record', () => {
    assert.deepEqual(pl005(`Logan Graham (CNN): ${comfortable}`), []);
    assert.deepEqual(pl005(`Anthropic’s Logan Graham: ${comfortable}`), []);
    assert.deepEqual(pl005(`Anthropic: ${comfortable}`), []);
    assert.deepEqual(pl005(`CNN: ${comfortable}`), []);
    assert.deepEqual(pl005(`Fortune: ${wave}`), []);
  });

  it('lets a verb of speech decide before the colon, and reads each colon for its own quotation', () => {
    assert.deepEqual(pl005(`Logan Graham told Dario Amodei: ${comfortable}`), []);
    assert.deepEqual(pl005(`Logan Graham: ${comfortable}; Jim Zemlin: ${wave}`), [0]);
    const [finding] = analyzer.analyze(`Logan Graham: ${comfortable}; Jim Zemlin: ${wave}\n\n[1]: https://a.example\n[7]: https://b.example\n`).findings.filter((f) => f.code === 'PL005');
    assert.match(finding.message, /credited to Jim Zemlin,/);
  });
});

describe('a quote table: the cell that names the speaker', () => {
  const codes = (text: string) => analyzer.analyze(`${text}\n\n[10]: https://cnn.com/x "CNN"\n`).findings.map((f) => f.code);
  const table = (who: string) => `| who | words | source |\n|---|---|---|\n| ${who} | "We did not feel comfortable releasing this generally." | [10] |`;

  it('credits the name alone in another cell of the row (Logan Graham told CNN these words)', () => {
    assert.deepEqual(codes(table('Dario Amodei')), ['PL005']);
    assert.deepEqual(codes(table('**Dario Amodei**')), ['PL005']);
    assert.deepEqual(codes(table('Logan Graham')), []);
  });

  it('credits no one from a cell that says more than a name', () => {
    assert.deepEqual(codes(table('Reported after the call with Dario Amodei')), []);
  });
});

describe('the source a misattribution message names', () => {
  // Blind QA round 20, tester W item 2.3: the message named the fact base's own reference article, marked `citable: false`, as the source.
  it('names no source a writer cannot cite in the message, and a citable one when the record has it', () => {
    const messages = (text: string) => analyzer.analyze(text).findings.filter((f) => f.code === 'PL005').map((f) => f.message);
    const [likely] = messages('Anthropic briefed officials on Mythos.\n\nLogan Graham put it more starkly: attacks are now "much more likely this year."[1]\n\n[1]: https://axios.com/x "Anthropic warns"\n');
    assert.ok(likely, 'a PL005');
    assert.doesNotMatch(likely, /reference article/);
    assert.match(likely, /first reported by Axios\) \(no citable source on record\)/);
    // Counter-example: a record with a citable source names it.
    const [cnn] = messages('Dario Amodei told CNN: "We did not feel comfortable releasing this generally."');
    assert.match(cnn, /\(source: Anthropic Releases Its Most Powerful - and Dangerous - AI Model to Select Partners, CNN\)/);
  });
});

describe('"he" or "she" heading a clause of "that" before a verb of saying (blind QA round 21, tester C item 3.2)', () => {
  const pl005 = (text: string) =>
    analyzer
      .analyze(`${text}[^2]\n\n[^2]: Anthropic, Claude Mythos Preview System Card, April 2026.\n[^4]: CNN, 2026.\n`)
      .findings.filter((f) => f.code === 'PL005')
      .map((f) => f.message.replace(/, but on record.*/, ''));
  const settled = 'described Mythos as "the most psychologically settled model we have trained".';
  const graham = 'Logan Graham, who leads the red team and appears on panel 1, has said the company withheld general release because of the size of the capability jump.[^4]';

  it('takes the one person the sentence right before names, when the pronoun\'s sentence names none', () => {
    assert.deepEqual(pl005(`${graham} Members may wish to note that he has also ${settled}`), ['Quotation is credited to Logan Graham']);
    // Two words before the verb, heading the sentence: "He has also described …".
    assert.deepEqual(pl005(`Logan Graham spoke to CNN.[^4] He has also ${settled}`), ['Quotation is credited to Logan Graham']);
    // Named, the speaker was credited before, and still is.
    assert.deepEqual(pl005(`${graham} Members may wish to note that Logan Graham has also ${settled}`), ['Quotation is credited to Logan Graham']);
  });

  it('guesses no one when the sentence before names two persons, or the pronoun\'s sentence names one', () => {
    assert.deepEqual(pl005(`Logan Graham and Dario Amodei spoke to CNN.[^4] Members may wish to note that he has also ${settled}`), []);
    assert.deepEqual(pl005(`Logan Graham spoke to CNN.[^4] Dario Amodei agreed that he has also ${settled}`), []);
    // Not the sentence right before: the person was named two sentences back.
    assert.deepEqual(pl005(`Logan Graham spoke to CNN.[^4] The panel took questions. Members may wish to note that he has also ${settled}`), []);
  });
});
