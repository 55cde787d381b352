-- A refresh token chain ends a fixed time after the sign-in that started it (limber.accounts.refresh-chain-lifetime),
-- however often it is rotated: every token of a chain carries that moment.
alter table refresh_token add column chain_started_at timestamptz;

update refresh_token token
set chain_started_at = (select min(first.created_at) from refresh_token first where first.chain = token.chain);

alter table refresh_token alter column chain_started_at set not null;
