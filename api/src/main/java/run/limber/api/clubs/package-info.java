/** The clubs API: clubs, joining with consent, members and their club roles, sharing choices, groups, invitations. */
package run.limber.api.clubs;
