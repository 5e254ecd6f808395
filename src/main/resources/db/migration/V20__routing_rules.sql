-- Routing (issue 15), rules: per region, ordered, each a set of conditions and what it suggests.
-- A rule is never updated: every change is a new version with its author and reason, so a
-- suggestion can be traced to the rule as it read. The rules in force are each rule's latest
-- version that is not retired. Sets are comma-separated names, read and written whole, as for the
-- partners' profiles.
create table routing_rule_version (
    rule_id             uuid          not null,
    version             integer       not null check (version > 0),
    region              varchar(30)   not null,
    position            integer       not null check (position > 0),
    name                varchar(100)  not null,
    retired             boolean       not null,
    kinds               varchar(100)  not null,
    sectors             varchar(300)  not null,
    categories          varchar(300)  not null,
    priorities          varchar(100)  not null,
    municipalities      text          not null,
    postcodes           text          not null,
    border_municipality boolean       not null,
    present             varchar(300)  not null,
    partners            text          not null,
    standard_text       varchar(2000),
    priority            varchar(10),
    transfer_to         varchar(30),
    author              varchar(200)  not null,
    reason              varchar(2000) not null,
    made_at             timestamptz   not null,
    primary key (rule_id, version),
    check (transfer_to is null or transfer_to <> region)
);
create index routing_rule_version_by_region on routing_rule_version (region, rule_id, version desc);

-- The municipalities a region counts as lying on the national border (EURIEC, the Marechaussee),
-- kept by its coordinators: a rule may apply only there.
create table region_border_municipality (
    region            varchar(30) not null,
    municipality_code varchar(6)  not null check (municipality_code ~ '^GM[0-9]{4}$'),
    primary key (region, municipality_code)
);

-- What staff did where a rule made a suggestion: followed it or chose otherwise. Goes with the
-- signal when it is erased.
create table routing_suggestion_choice (
    id           uuid         primary key,
    signal_id    uuid         not null references signal (id) on delete cascade,
    rule_id      uuid         not null,
    rule_version integer      not null,
    decision     varchar(12)  not null check (decision in ('FORWARDING', 'TRANSFER')),
    suggested    text         not null,
    chosen       text         not null,
    followed     boolean      not null,
    chosen_by    varchar(200) not null,
    chosen_at    timestamptz  not null,
    foreign key (rule_id, rule_version) references routing_rule_version (rule_id, version)
);
create index routing_suggestion_choice_by_rule on routing_suggestion_choice (rule_id, chosen_at);

grant select, insert on routing_rule_version to "${app_role}";
grant select, insert, delete on region_border_municipality to "${app_role}";
grant select, insert on routing_suggestion_choice to "${app_role}";
