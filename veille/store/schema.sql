-- The tables of a veille database. Every statement is idempotent: run on each open.
-- "start" and "end" are quoted because END is an SQL keyword.

CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY,
    date VARCHAR,
    lang VARCHAR NOT NULL,
    source VARCHAR,
    url VARCHAR,
    title VARCHAR,
    text VARCHAR NOT NULL,
    content_hash VARCHAR NOT NULL UNIQUE,
    coded_at TIMESTAMP NOT NULL,
    story VARCHAR  -- the id of the story's first article (docs/stories.md)
);

CREATE TABLE IF NOT EXISTS actors (
    article_id VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    code VARCHAR NOT NULL,
    country VARCHAR,
    sector VARCHAR,
    name VARCHAR
);

CREATE TABLE IF NOT EXISTS events (
    article_id VARCHAR NOT NULL,
    seq INTEGER NOT NULL,
    date VARCHAR,
    source_code VARCHAR,
    source_country VARCHAR,
    source_name VARCHAR,
    source_text VARCHAR,
    target_code VARCHAR,
    target_country VARCHAR,
    target_name VARCHAR,
    target_text VARCHAR,
    cameo VARCHAR NOT NULL,
    cameo_root VARCHAR NOT NULL,
    goldstein DOUBLE NOT NULL,
    quad_class INTEGER NOT NULL,
    plover_type VARCHAR,
    plover_mode VARCHAR,
    sentence VARCHAR NOT NULL,
    sentence_start INTEGER NOT NULL,
    trigger_text VARCHAR NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    negated BOOLEAN NOT NULL,
    confidence DOUBLE NOT NULL,
    counted BOOLEAN DEFAULT TRUE,  -- false: another copy of the story counts this event
    PRIMARY KEY (article_id, seq)
);

CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    speaker_name VARCHAR,
    speaker_code VARCHAR,
    speaker_text VARCHAR,
    verb VARCHAR,
    counted BOOLEAN DEFAULT TRUE
);

-- Near-duplicate stories (veille/store/stories.py): MinHash signatures of the articles long
-- enough, their LSH band keys, and the signature layout they were made with.
CREATE TABLE IF NOT EXISTS story_signatures (
    article_id VARCHAR NOT NULL,
    shingles INTEGER NOT NULL,
    signature BLOB NOT NULL
);

CREATE TABLE IF NOT EXISTS story_bands (
    key UBIGINT NOT NULL,
    article_id VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS story_layout (
    layout VARCHAR NOT NULL
);
