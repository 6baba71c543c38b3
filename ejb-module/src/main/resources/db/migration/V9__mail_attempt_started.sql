-- When the attempt now under way at sending an e-mail began, written in the transaction that takes
-- the e-mail and cleared in the one that records the mail server's answer. Found set when the
-- e-mail is taken again, it says the previous attempt was interrupted (a crash, a kill, a lease
-- that ran out) after it may have reached the mail server: metalcart.mail.after-interrupted-send
-- decides whether it is sent again or held for staff. Same conventions as V1 to V8.
ALTER TABLE outgoing_mail ADD COLUMN attempt_started_at TIMESTAMP WITH TIME ZONE;
