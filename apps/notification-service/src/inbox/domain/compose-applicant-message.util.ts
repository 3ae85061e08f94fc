import type { EventData, NotifyApplicantV1 } from '@lienthong/contracts';

type Notice = EventData<typeof NotifyApplicantV1>;
/** A dossier status, as the contract spells it. */
export type DossierStatus = Notice['status'];
/** One step of the dossier, as the applicant is told about it. */
export type NoticeStep = Notice['steps'][number];
type StepStatus = NoticeStep['status'];

/** Input of {@link composeApplicantMessage}. */
export interface ApplicantMessageInput {
  readonly dossierId: string;
  readonly procedureName: string;
  readonly status: DossierStatus;
  readonly recipientName: string;
  readonly steps: readonly NoticeStep[];
}

/** Subject and plain-text body of one inbox message (and its e-mail). */
export interface ApplicantMessage {
  readonly subject: string;
  readonly body: string;
}

/** A phrase in Vietnamese, then in English: every line is written for both readers. */
interface Bilingual {
  readonly vi: string;
  readonly en: string;
}

const both = ({ vi, en }: Bilingual): string => `${vi} / ${en}`;

/** What each dossier status is called, and the sentence that opens the message. */
const DOSSIER_STATUS_TEXT = {
  submitted: {
    title: { vi: 'Hồ sơ đã được tiếp nhận', en: 'Dossier received' },
    intro: {
      vi: 'Hồ sơ của bạn đã được tiếp nhận và đang chờ các cơ quan xử lý.',
      en: 'Your dossier has been received and is waiting for the agencies.',
    },
  },
  in_progress: {
    title: { vi: 'Hồ sơ đang được xử lý', en: 'Dossier in progress' },
    intro: {
      vi: 'Hồ sơ của bạn đang được các cơ quan xử lý.',
      en: 'The agencies are processing your dossier.',
    },
  },
  completed: {
    title: { vi: 'Hồ sơ đã hoàn thành', en: 'Dossier completed' },
    intro: {
      vi: 'Hồ sơ của bạn đã được giải quyết xong. Kết quả ở dưới đây.',
      en: 'Your dossier is completed. The results are below.',
    },
  },
  partially_completed: {
    title: { vi: 'Hồ sơ hoàn thành một phần', en: 'Dossier partially completed' },
    intro: {
      vi: 'Một phần hồ sơ của bạn đã được giải quyết; một số bước không thực hiện được (lý do ở dưới đây).',
      en: 'Part of your dossier is completed; some steps could not be done (reasons below).',
    },
  },
  rejected: {
    title: { vi: 'Hồ sơ bị từ chối', en: 'Dossier rejected' },
    intro: {
      vi: 'Hồ sơ của bạn không được chấp nhận (lý do ở dưới đây).',
      en: 'Your dossier was rejected (reasons below).',
    },
  },
  cancelled: {
    title: { vi: 'Hồ sơ đã bị hủy', en: 'Dossier cancelled' },
    intro: { vi: 'Hồ sơ của bạn đã được hủy.', en: 'Your dossier has been cancelled.' },
  },
} as const satisfies Record<DossierStatus, { title: Bilingual; intro: Bilingual }>;

/** Where a step stands, and which section of the message lists it. */
const STEP_STATUS_TEXT = {
  pending: { text: { vi: 'chờ xử lý', en: 'waiting' }, section: 'open' },
  dispatched: { text: { vi: 'đã chuyển cơ quan', en: 'sent to the agency' }, section: 'open' },
  in_progress: { text: { vi: 'đang xử lý', en: 'in progress' }, section: 'open' },
  awaiting_officer: {
    text: { vi: 'chờ cán bộ xem xét', en: 'awaiting an officer' },
    section: 'open',
  },
  completed: { text: { vi: 'đã hoàn thành', en: 'completed' }, section: 'done' },
  rejected: { text: { vi: 'bị từ chối', en: 'rejected' }, section: 'ended' },
  failed: { text: { vi: 'không thực hiện được', en: 'failed' }, section: 'ended' },
  not_applicable: { text: { vi: 'không áp dụng', en: 'not applicable' }, section: 'ended' },
  skipped: {
    text: {
      vi: 'không thực hiện vì bước trước không thành',
      en: 'not carried out because an earlier step did not succeed',
    },
    section: 'ended',
  },
} as const satisfies Record<StepStatus, { text: Bilingual; section: 'open' | 'done' | 'ended' }>;

/**
 * Bilingual names of the steps of known procedures. Another step is named as its procedure
 * definition names it (carried in the command), so a new group needs no change here.
 */
const STEP_NAMES: Readonly<Record<string, Bilingual>> = {
  fee: { vi: 'Lệ phí', en: 'Fee' },
  birth: { vi: 'Đăng ký khai sinh', en: 'Birth registration' },
  residence: { vi: 'Đăng ký thường trú cho trẻ', en: "Child's permanent residence" },
  insurance: { vi: 'Thẻ bảo hiểm y tế', en: 'Health insurance card' },
  death: { vi: 'Đăng ký khai tử', en: 'Death registration' },
  'residence-deletion': { vi: 'Xoá đăng ký thường trú', en: 'Deletion of permanent residence' },
  'funeral-allowance': { vi: 'Trợ cấp mai táng', en: 'Funeral allowance' },
  'funeral-support': { vi: 'Hỗ trợ chi phí mai táng', en: 'Funeral-expense support' },
};

/** Labels that depend on the step (a death's registration number is not a birth's). */
const STEP_RESULT_LABELS: Readonly<Record<string, Readonly<Record<string, Bilingual>>>> = {
  death: { registrationNumber: { vi: 'Số đăng ký khai tử', en: 'Death registration number' } },
  'residence-deletion': {
    confirmationNumber: {
      vi: 'Số xác nhận xoá đăng ký thường trú',
      en: 'Confirmation of the deletion of permanent residence',
    },
  },
};

/** Labels of the result fields the citizen needs, in the order they are listed. */
const RESULT_LABELS: Readonly<Record<string, Bilingual>> = {
  registrationNumber: { vi: 'Số đăng ký khai sinh', en: 'Birth registration number' },
  pin: { vi: 'Số định danh cá nhân của trẻ', en: "Child's personal identification number" },
  confirmationNumber: {
    vi: 'Số xác nhận đăng ký thường trú',
    en: 'Residence confirmation number',
  },
  cardNumber: { vi: 'Mã số thẻ BHYT', en: 'Health insurance card number' },
  category: { vi: 'Đối tượng', en: 'Category' },
  benefitLevel: { vi: 'Mức hưởng', en: 'Benefit level' },
  validity: { vi: 'Giá trị sử dụng', en: 'Valid' },
  paymentId: { vi: 'Mã giao dịch', en: 'Payment id' },
  amount: { vi: 'Số tiền', en: 'Amount' },
};

const REASON = { vi: 'Lý do', en: 'Reason' };
const SECTION_DONE = { vi: 'Các bước đã hoàn thành', en: 'Completed steps' };
const SECTION_ENDED = { vi: 'Các bước không thực hiện', en: 'Steps not carried out' };
const SECTION_OPEN = { vi: 'Các bước đang xử lý', en: 'Steps still in progress' };
const FOOTER = [
  'Đây là thư tự động của hệ thống liên thông, vui lòng không trả lời.',
  'This is an automated message from the interconnected public services; please do not reply.',
];

/** `16000` as `16.000` (Vietnamese grouping), without locale data. */
function groupThousands(amount: number): string {
  return String(Math.trunc(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function display(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? '';
}

/**
 * The lines of a step's result: known fields labelled in both languages (the validity period and
 * the amount as one line each), then any other field as `key: value`, so nothing an agency
 * returns is hidden from the citizen.
 */
function resultLines(result: Readonly<Record<string, unknown>>, stepKey: string): string[] {
  const labels = { ...RESULT_LABELS, ...STEP_RESULT_LABELS[stepKey] };
  const fields = new Map<string, string>();
  const rest = { ...result };
  if (rest.validFrom !== undefined && rest.validTo !== undefined) {
    fields.set('validity', `${display(rest.validFrom)} – ${display(rest.validTo)}`);
    delete rest.validFrom;
    delete rest.validTo;
  }
  if (typeof rest.amount === 'number') {
    const currency = rest.currency === undefined ? 'VND' : display(rest.currency);
    fields.set('amount', `${groupThousands(rest.amount)} ${currency}`);
    delete rest.amount;
    delete rest.currency;
  }
  for (const [key, value] of Object.entries(rest)) fields.set(key, display(value));
  const known = Object.keys(labels).filter((key) => fields.has(key));
  const unknown = [...fields.keys()].filter((key) => !(key in labels));
  return [
    ...known.map((key) => `${both(labels[key])}: ${fields.get(key)}`),
    ...unknown.map((key) => `${key}: ${fields.get(key)}`),
  ];
}

/** The bilingual name this service knows, else the definition's name, else the key. */
function stepName(step: NoticeStep): string {
  const name = STEP_NAMES[step.key];
  return name ? both(name) : (step.name ?? step.key);
}

function stepLines(step: NoticeStep): string[] {
  const status = STEP_STATUS_TEXT[step.status];
  const heading = `- ${stepName(step)}: ${both(status.text)}`;
  const details = [
    ...(step.status === 'completed' && step.result ? resultLines(step.result, step.key) : []),
    ...(step.reason ? [`${both(REASON)}: ${step.reason}`] : []),
  ];
  return [heading, ...details.map((line) => `    ${line}`)];
}

/** One line, whatever the procedure's name holds: a subject never breaks into headers. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Writes the message telling an applicant that their dossier's status changed, in Vietnamese
 * and English, plain text (the inbox shows it as is, the e-mail sends it as text/plain). It
 * lists the results the citizen needs (registration number, the child's PIN, residence
 * confirmation, card number and validity...), each step not carried out with its reason, and
 * the steps still in progress.
 */
export function composeApplicantMessage(input: ApplicantMessageInput): ApplicantMessage {
  const status = DOSSIER_STATUS_TEXT[input.status];
  const procedure = oneLine(input.procedureName);
  const section = (title: Bilingual, steps: NoticeStep[]): string[] =>
    steps.length === 0 ? [] : ['', `${both(title)}:`, ...steps.flatMap(stepLines)];
  const inSection = (name: 'open' | 'done' | 'ended') =>
    input.steps.filter((step) => STEP_STATUS_TEXT[step.status].section === name);
  const body = [
    `Kính gửi ${input.recipientName},`,
    `Dear ${input.recipientName},`,
    '',
    status.intro.vi,
    status.intro.en,
    '',
    `Thủ tục / Procedure: ${procedure}`,
    `Mã hồ sơ / Dossier number: ${input.dossierId}`,
    `Trạng thái / Status: ${both(status.title)}`,
    ...section(SECTION_DONE, inSection('done')),
    ...section(SECTION_ENDED, inSection('ended')),
    ...section(SECTION_OPEN, inSection('open')),
    '',
    ...FOOTER,
  ];
  return { subject: `${both(status.title)}: ${procedure}`, body: `${body.join('\n')}\n` };
}
