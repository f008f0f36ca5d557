import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import QuestionCard from '../../../../src/islands/practice/QuestionCard';
import type { BankQuestion } from '../../../../src/lib/practice/bank';
import { bq } from '../../../fixtures/bank-questions';

describe('QuestionCard', () => {
  const q: BankQuestion = {
    id: 'q-x',
    type: 'multiple',
    stem: '干式除尘系统至少采取哪类措施中的任意一种？',
    options: ['泄爆', '惰化', '抑爆', '加大风机风量'],
    answer: [0, 1, 2],
    explanation: '第十一条第（三）项：泄爆、惰化、抑爆任一种。',
    criteria: ['a11-3'],
    topics: ['dust'],
    clauses: ['第十一条第（三）项'],
    difficulty: 1,
    appliesTo: {},
  };
  afterEach(() => {
    document.body.replaceChildren();
    vi.unstubAllEnvs();
  });

  it('scores a multiple-choice answer all-or-nothing and explains it with the clause', () => {
    let result: boolean | undefined;
    render(<QuestionCard q={q} seed="s" position="第1题" onAnswer={(c) => (result = c)} />);
    fireEvent.click(screen.getByLabelText(/泄爆/));
    fireEvent.click(screen.getByLabelText(/惰化/));
    fireEvent.click(screen.getByRole('button', { name: '提交答案' }));
    expect(result).toBe(false);
    expect(screen.getByRole('status').textContent).toContain('回答错误');
    expect(screen.getByRole('status').textContent).toContain('第十一条第（三）项');
  });

  // A choice made on the page's build-time copy of the card, before the island was in (PracticeFirstQuestion.tsx).
  it('judges a kept 单选 or 判断 choice at once, and only ticks a kept choice of several until 提交', () => {
    const single: BankQuestion = { ...q, id: 'q-y', type: 'single', options: ['泄爆', '加大风机风量'], answer: [0] };
    const answers: [boolean, number[]][] = [];
    render(<QuestionCard q={single} seed="s" position="第1题" initial={[0]} onAnswer={(c, chosen) => answers.push([c, chosen])} />);
    expect(answers).toEqual([[true, [0]]]);
    expect(screen.getByRole('status').textContent).toContain('回答正确');
    cleanup();

    const multi: [boolean, number[]][] = [];
    render(<QuestionCard q={q} seed="s" position="第1题" initial={[0, 2]} onAnswer={(c, chosen) => multi.push([c, chosen])} />);
    expect(multi).toEqual([]);
    expect(screen.getByLabelText<HTMLInputElement>(/泄爆/).checked).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>(/抑爆/).checked).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>(/惰化/).checked).toBe(false);
    fireEvent.click(screen.getByLabelText(/惰化/));
    fireEvent.click(screen.getByRole('button', { name: '提交答案' }));
    expect(multi).toEqual([[true, [0, 2, 1]]]);
    cleanup();

    // 提交答案 was tapped on the build-time copy too: judged at once, as that tap would have been.
    const submitted: [boolean, number[]][] = [];
    render(
      <QuestionCard
        q={q}
        seed="s"
        position="第1题"
        initial={[0, 2]}
        initialSubmitted
        onAnswer={(c, chosen) => submitted.push([c, chosen])}
      />,
    );
    expect(submitted).toEqual([[false, [0, 2]]]);
    expect(screen.getByRole('status').textContent).toContain('回答错误');
    expect(screen.queryByRole('button', { name: '提交答案' })).toBeNull();
  });

  // The island reads the base path from the build (import.meta.env.BASE_URL), not from a prop: a site under /sub/ links there.
  it('links the criterion under the build base path', () => {
    vi.stubEnv('BASE_URL', '/sub/');
    render(<QuestionCard q={q} seed="s" position="第1题" study />);
    expect(screen.getByRole('link', { name: /查看条款 a11-3/ }).getAttribute('href')).toBe('/sub/criteria/a11-3/');
  });
});

describe('one-tap answers', () => {
  afterEach(() => cleanup());

  it('answers a single-choice question with one tap, no submit button', () => {
    let result: boolean | undefined;
    render(<QuestionCard q={bq('q-t')} seed="s" position="第1题" onAnswer={(c) => (result = c)} />);
    expect(screen.queryByRole('button', { name: '提交答案' })).toBeNull();
    fireEvent.click(screen.getByLabelText(/乙/));
    expect(result).toBe(true);
    expect(screen.getByRole('status').textContent).toContain('回答正确');
  });

  it('shows the answer at once in 背题模式', () => {
    render(<QuestionCard q={bq('q-t')} seed="s" position="第1题" study />);
    expect(screen.getByRole('status').textContent).toContain('背题');
    expect(screen.getByLabelText(/乙/)).toHaveProperty('checked', true);
  });
});

const judgeQ = (over: Partial<BankQuestion> = {}): BankQuestion => ({
  id: 'q-gen-21',
  type: 'judge',
  stem: '令第10号正文共有15条。',
  options: ['正确', '错误'],
  answer: [0],
  explanation: '第一条到第十五条。',
  criteria: [],
  topics: ['law'],
  clauses: ['判定标准'],
  difficulty: 1,
  appliesTo: {},
  ...over,
});

describe('a 拓展 question is labelled where practice modes offer it', () => {
  afterEach(() => document.body.replaceChildren());

  it('shows 拓展 on an extension question', () => {
    render(<QuestionCard q={judgeQ({ pool: 'extension' })} seed="s" position="第1题" />);
    expect(screen.getByText('拓展')).toBeTruthy();
  });

  it('shows no label on a main-pool question', () => {
    render(<QuestionCard q={judgeQ()} seed="s" position="第1题" />);
    expect(screen.queryByText('拓展')).toBeNull();
  });
});
