// The seed's second injected dependency: looks the `access-control` service up in the
// registry and asks it whether {user, resource, action} is allowed. Returns
// {service, topic, result} with the access-control function's decision.
'use strict';
const { serve, loadJson } = require('stratus_worker');
const { Injector } = require('stratus_injector');

async function handler(event) {
  try {
    const request = loadJson(event);
    if (!request || !request.user || !request.resource || !request.action) {
      throw new Error('the event must be JSON with user, resource and action');
    }
    const injector = await Injector.shared();
    const service = await injector.getServiceById('access-control');
    if (!service) throw new Error('no "access-control" service in the registry (declare it in stratus.json "services")');
    const decision = JSON.parse(await injector.invoke(service.topic, request, 5000));
    return { service: service.id, topic: service.topic, result: decision };
  } finally {
    await Injector.endOfEvent();
  }
}

serve(handler);
