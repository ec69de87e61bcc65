// The seed's access-control function: may this user do this action on this resource?
// Event: {"user": "...", "resource": "...", "action": "read|write|delete"}
// Result: {"allowed": true|false, "reason": "..."}
'use strict';
const { serve, loadJson } = require('stratus_worker');

// A small role-based policy: enough to show a decision and its reason.
const roles = { alice: 'admin', bob: 'editor', carol: 'viewer' };
const permissions = {
  admin: ['read', 'write', 'delete'],
  editor: ['read', 'write'],
  viewer: ['read'],
};

function decide({ user, resource, action }) {
  if (typeof user !== 'string' || typeof resource !== 'string' || typeof action !== 'string') {
    throw new Error('the event must be JSON with string fields user, resource and action');
  }
  const role = roles[user];
  if (!role) return { allowed: false, reason: `unknown user ${user}` };
  const allowed = permissions[role].includes(action);
  return {
    allowed,
    reason: allowed ? `${user} is ${role}: may ${action} ${resource}` : `${user} is ${role}: may not ${action} ${resource}`,
  };
}

serve((event) => {
  const request = loadJson(event);
  if (!request) throw new Error('the event is not JSON');
  return decide(request);
});
