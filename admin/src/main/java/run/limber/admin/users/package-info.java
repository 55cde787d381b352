/** Platform admins' user administration: find accounts, change their roles, disable or enable them. */
package run.limber.admin.users;
