-- What is derived from a file is protected like the file: the name its uploader gave and the text
-- found in it are sealed with the file's own data key (AES-256-GCM, the blob id and the purpose as
-- associated data) by the application, which alone holds the master key. The clear columns go.
-- Rows written before this migration lose their declared name (staff see "bestand") and their
-- extracted text: neither can be sealed here, where the master key is not, and neither may stay
-- in the clear. The files themselves, and their clean copies, are untouched.

alter table attachment add column declared_name_sealed bytea;
alter table attachment add column extracted_text_sealed bytea;
alter table attachment drop column declared_name;
alter table attachment drop column extracted_text;
