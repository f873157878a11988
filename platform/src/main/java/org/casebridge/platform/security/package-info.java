/** HTTP security shared by every service: stateless APIs, JWT resource server, problems for 401 and 403. */
@NullMarked
package org.casebridge.platform.security;

import org.jspecify.annotations.NullMarked;
