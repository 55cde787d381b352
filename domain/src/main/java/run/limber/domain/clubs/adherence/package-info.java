/**
 * Adherence: a read model of club members' sessions of their assigned routines against the weekly targets, per ISO
 * week (never per day), computed in SQL in a fixed number of statements; the coaches' CSV and Monday digest.
 */
package run.limber.domain.clubs.adherence;
