import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import QuestionCard from '../../src/islands/practice/QuestionCard';
import type { BankQuestion } from '../../src/lib/practice/bank';

const q = (over: Partial<BankQuestion> = {}): BankQuestion => ({
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
    render(<QuestionCard q={q({ pool: 'extension' })} seed="s" position="第1题" />);
    expect(screen.getByText('拓展')).toBeTruthy();
  });

  it('shows no label on a main-pool question', () => {
    render(<QuestionCard q={q()} seed="s" position="第1题" />);
    expect(screen.queryByText('拓展')).toBeNull();
  });
});
