/** Running clubs: clubs, members and their club roles and sharing choices, groups, invitations; assignments and adherence in the subpackages. */
package run.limber.domain.clubs;
