-- The units a reform closed, so that undoing it opens exactly those again.
create table reform_closed_unit (
    reform_id bigint not null,
    unit_id   bigint not null,
    constraint pk_reform_closed_unit primary key (reform_id, unit_id),
    constraint fk_reform_closed_unit_reform foreign key (reform_id) references reform (id),
    constraint fk_reform_closed_unit_unit foreign key (unit_id) references administrative_unit (id)
);
