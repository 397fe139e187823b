-- A denominator of 0 leaves coverage undefined and a labour force above the population is not a
-- possible territory: the imports and the yearly grid refuse both, and so does the database.
-- (Empty, "not given", stays allowed.)
alter table denominator add constraint ck_denominator_population_positive
    check (population is null or population > 0);
alter table denominator add constraint ck_denominator_labour_force_positive
    check (labour_force is null or labour_force > 0);
alter table denominator add constraint ck_denominator_labour_force_within_population
    check (labour_force is null or population is null or labour_force <= population);
