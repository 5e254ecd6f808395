-- Ciphertext does not compress: store it out of line without PostgreSQL trying (TOAST's compression
-- of a 20 MB value is wasted work on every insert).
alter table attachment_blob alter column ciphertext set storage external;
