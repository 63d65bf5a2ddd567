// The working-day limits of 《条例》 for replies (第三十三条) and 补正 requests (第三十条).

/** 第三十三条: reply within 20 working days of receipt. */
export const REPLY_WORKING_DAYS = 20;
/** 第三十三条: an approved extension adds at most 20 working days. */
export const MAX_EXTENSION_WORKING_DAYS = 20;
/** 第三十条: a 补正 request is sent within 7 working days of receipt. */
export const CORRECTION_NOTICE_WORKING_DAYS = 7;
