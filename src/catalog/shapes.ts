/** The data some catalog entries word, shared by every locale's entries file. */

/** What was read off a photo or PDF of the notice, said back for the person to confirm. */
export type ReadSummary = {
  noticeCode?: string;
  noticeDate?: string;
  taxYear?: number;
  amountDue?: number;
  payBy?: string;
  otherDeadlines: { label: string; date: string }[];
  unsure: ('noticeCode' | 'noticeDate' | 'amountDue')[];
};
