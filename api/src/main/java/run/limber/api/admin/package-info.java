/** Platform administration through the API: finding users, changing their roles, disabling them. */
package run.limber.api.admin;
