/**
 * What a payment is for, as data. The purpose refiner reads the words after the amount (up to the
 * next amount) and takes the purpose whose match starts first; failing that, the words just
 * before it ("a time and trouble payment of £50"). Nothing found: 'other'.
 */
import type { PaymentPurpose } from '../../types.js';

export interface PaymentPurposeRule {
  match: RegExp;
  purpose: PaymentPurpose;
  reason: string;
}

export const PAYMENT_PURPOSES: readonly PaymentPurposeRule[] = [
  { purpose: 'time_and_trouble', reason: '"time and trouble", "time, trouble", "having to pursue her complaint"',
    match: /\btime(?:\s*,\s*|\s+and\s+|\s+&\s+|\s+of\s+|\s+)trouble|\binconvenience\b|\bhaving\s+to\s+(?:complain|pursue|chase|contact|come\s+to)|\b(?:pursuing|bringing)\s+(?:her|his|their|the|this)\s+complaint|\btime\s+(?:and\s+effort|spent)/i },
  { purpose: 'distress', reason: 'distress, upset, anxiety, frustration, worry, stress',
    match: /\b(?:distress\w*|upset|anxiety|anxious|frustrat\w+|worry|worries|stress\w*|hurt|embarrass\w+|outrage|injury\s+to\s+feelings|avoidable\s+(?:distress|upset)|impact\s+on\s+(?:her|his|their)\s+(?:wellbeing|mental\s+health)|harm\s+to\s+(?:her|his|their)\s+wellbeing)\b/i },
  { purpose: 'uncertainty', reason: 'uncertainty, lost opportunity',
    match: /\b(?:uncertain\w*|(?:lost|loss\s+of(?:\s+an?)?)\s+(?:opportunity|chance)|missed\s+(?:opportunity|chance)|not\s+knowing)\b/i },
  { purpose: 'loss_of_service', reason: 'loss of education, provision, care or support the person should have had',
    match: /\b(?:(?:loss|lack|lost|missed|missing|loss\s+of\s+(?:the|his|her|their))\s+(?:of\s+)?(?:[\w’'-]+\s+){0,4}?(?:education|provision|schooling|tuition|teaching|service|services|care|support|respite|therapy|placement|assistance|help)|(?:education|provision|schooling|tuition|care|support|respite|therapy|services?)\s+(?:[\w’'-]+\s+){0,3}?(?:missed|lost|not\s+(?:received|provided|delivered|put\s+in\s+place))|without\s+(?:suitable\s+|any\s+|proper\s+)?(?:education|provision|care|support|respite))\b/i },
  { purpose: 'backdated', reason: 'backdated benefit, allowance or payments owed for a past period',
    match: /\b(?:backdat\w+|back\s*pay|arrears\s+of\s+(?:her|his|their|the)?\s*(?:allowance|benefit|payments?)|(?:unpaid|underpaid|outstanding)\s+(?:allowance|benefit|payments?|fees?|wages))\b/i },
  { purpose: 'financial_loss', reason: 'refund, reimburse, overpaid, costs incurred, out of pocket',
    match: /\b(?:refund\w*|reimburs\w+|repay\w*|overpa(?:id|yment|yments)|costs?\s+(?:incurred|of|she|he|they|for)|expenses?|out\s+of\s+pocket|financial\s+loss(?:es)?|(?:lost|loss\s+of)\s+(?:income|earnings|wages|rent|interest)|money\s+(?:paid|spent|lost)|fees?\s+(?:paid|incurred|charged)|charges?\s+(?:paid|incurred|wrongly)|interest)\b/i },
];
