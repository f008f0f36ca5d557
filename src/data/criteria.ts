/** View model of a criterion page: the entry plus everything joined from other collections, so the page only renders. */
import { changesByCriterion, type ChangeView } from './changes';
import { casesByCriterion, criterionDomain, getCriteria, getQuestions, getRegulations, type CriterionEntry } from './content';
import { factsFor, type FactView } from './facts';
import { describeAppliesTo } from '../lib/profile';
import { logicText } from '../lib/criteria';
import { routes } from '../lib/routes';
import { clauseLabel } from '../lib/taxonomy';

/** A link to a regulation article with the 待核实 flag of the fact that cites it. */
export interface CitedArticle {
  href: string;
  title: string;
  /** 第N条第（M）项, or '' when the whole regulation is cited. */
  clause: string;
  /** The citation is an M fact: shown with 〔待核实〕. */
  pending: boolean;
}

/** A neighbour in the same article, for the pager. */
export interface CriterionNeighbour {
  href: string;
  clause: string;
}

export interface CriterionPage {
  /** The entry itself: its fields are rendered as they are, and `render()` needs it for the body. */
  entry: CriterionEntry;
  /** 第四条第（一）项. */
  clause: string;
  /** 管理类 / 行业类 · 冶金 / 专项类 · 粉尘涉爆. */
  kicker: string;
  domain: { label: string; href: string };
  /** Where it applies, in words. */
  appliesTo: string;
  /** How the conditions combine, as the rule says it. */
  logic: string;
  /** 令第10号 itself: doc number and official page. */
  main: { href: string; docNumber: string; officialUrl: string | undefined };
  basis: (CitedArticle & { note: string | undefined })[];
  penalty: (CitedArticle & { summary: string }) | undefined;
  cases: { href: string; title: string; year: string; casualties: string }[];
  questionCount: number;
  /** Practice opened on this criterion's questions. */
  practiceHref: string;
  prev: CriterionNeighbour | undefined;
  next: CriterionNeighbour | undefined;
  /** Label of the pager: 第四条内的上一项和下一项. */
  pagerLabel: string;
  /** Facts stated once in content/facts.yaml that this page shows. */
  facts: FactView[];
  /** Change-log entries that concern this criterion. */
  changes: ChangeView[];
}

const MAIN_REGULATION = 'major-hazard-criteria';

/** One view model per criterion, in legal order; prev/next stay inside the same article. */
export async function getCriterionPages(): Promise<CriterionPage[]> {
  const all = await getCriteria();
  const regs = new Map((await getRegulations()).map((r) => [r.id, r.data]));
  const cases = await casesByCriterion();
  const questions = await getQuestions();
  const main = regs.get(MAIN_REGULATION);
  const changes = await changesByCriterion();
  const facts = new Map(await Promise.all(all.map(async (c) => [c.id, await factsFor(c.data.facts)] as const)));
  if (!main) throw new Error(`content/regulations：缺少 ${MAIN_REGULATION}（判定标准页面要引用它）`);
  const neighbour = (c: CriterionEntry | undefined): CriterionNeighbour | undefined =>
    c && { href: routes.criterion(c.id), clause: clauseLabel(c.data.article, c.data.item) };
  const regTitle = (id: string) => regs.get(id)?.title ?? id;

  return all.map((c) => {
    const d = c.data;
    const siblings = all.filter((s) => s.data.article === d.article);
    const i = siblings.indexOf(c);
    const domain = criterionDomain(c);
    return {
      entry: c,
      facts: facts.get(c.id) ?? [],
      changes: changes.get(c.id) ?? [],
      clause: clauseLabel(d.article, d.item),
      kicker: domain.group === 'management' ? '管理类' : `${domain.group === 'industry' ? '行业类' : '专项类'} · ${domain.label}`,
      domain: { label: domain.label, href: routes.criteriaDomain(domain.slug) },
      appliesTo: describeAppliesTo(d.appliesTo).join('；'),
      logic: logicText(d.logic, d.connective),
      main: { href: routes.regulation(MAIN_REGULATION), docNumber: main.docNumber, officialUrl: main.officialUrl },
      basis: d.basis.map((b) => ({
        href: routes.regulation(b.regulation, b.article),
        title: regTitle(b.regulation),
        clause: b.article ? clauseLabel(b.article, b.item) : '',
        pending: b.confidence === 'M',
        note: b.note,
      })),
      penalty: d.penalty && {
        href: routes.regulation(d.penalty.regulation, d.penalty.article),
        title: regTitle(d.penalty.regulation),
        clause: clauseLabel(d.penalty.article, d.penalty.item),
        pending: d.penalty.confidence === 'M',
        summary: d.penalty.summary,
      },
      cases: (cases.get(c.id) ?? []).map((k) => ({
        href: routes.case(k.id),
        title: k.data.title,
        year: k.data.date.slice(0, 4),
        casualties: k.data.casualties,
      })),
      questionCount: questions.filter((q) => q.data.criteria.includes(c.id)).length,
      practiceHref: routes.practice({ c: c.id }),
      prev: neighbour(siblings[i - 1]),
      next: neighbour(siblings[i + 1]),
      pagerLabel: `${clauseLabel(d.article)}内的上一项和下一项`,
    };
  });
}
