import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export const FAQ_CATEGORIES = ['warranties', 'delivery', 'returns', 'care', 'payment'] as const;
export type FaqCategory = (typeof FAQ_CATEGORIES)[number];

@Entity('faq_entry')
export class FaqEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 100, unique: true })
  slug!: string;

  @Column({ type: 'varchar', length: 32 })
  category!: FaqCategory;

  @Column({ type: 'text' })
  question!: string;

  @Column({ type: 'text' })
  answer!: string;

  @Column({ name: 'question_en', type: 'text' })
  questionEn!: string;

  @Column({ name: 'answer_en', type: 'text' })
  answerEn!: string;

  @Column({ type: 'text', array: true })
  keywords!: string[];

  @Column({ name: 'keywords_text', type: 'text' })
  keywordsText!: string;

  @Column({ name: 'useful_count', type: 'integer', default: 0 })
  usefulCount!: number;

  @Column({ name: 'not_useful_count', type: 'integer', default: 0 })
  notUsefulCount!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
