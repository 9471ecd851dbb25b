-- A news item's optional image (JPEG or PNG checked by content), kept in the document store.
ALTER TABLE news ADD COLUMN image_storage_name VARCHAR(100);
ALTER TABLE news ADD COLUMN image_content_type VARCHAR(20);
ALTER TABLE news ADD COLUMN image_size_bytes BIGINT;
