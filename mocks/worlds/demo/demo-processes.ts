/**
 * The deployment processes of the demo world's projects: their steps and the Kubernetes YAML
 * each step applies, in the style of the public Sock Shop (microservices-demo) and Guestbook
 * demos. Manifests are functions of the deployment (version, environment, namespace, tenant) and
 * deterministic: the same context always renders the same text.
 */
import { cartsProcess } from './processes/carts';
import { catalogueProcess } from './processes/catalogue';
import { customerPortalProcess } from './processes/customer-portal';
import { frontEndProcess } from './processes/front-end';
import { guestbookProcess } from './processes/guestbook';
import { legacyBillingProcess } from './processes/legacy-billing';
import { nightlyReportsProcess } from './processes/nightly-reports';
import { ordersProcess } from './processes/orders';
import { paymentProcess } from './processes/payment';
import { queueMasterProcess } from './processes/queue-master';
import { shippingProcess } from './processes/shipping';
import type { StepDefinition } from '../process-step';
import { userProcess } from './processes/user';

export type DemoProjectSlug =
  | 'front-end'
  | 'carts'
  | 'catalogue'
  | 'orders'
  | 'payment'
  | 'shipping'
  | 'user'
  | 'queue-master'
  | 'guestbook'
  | 'nightly-reports'
  | 'customer-portal'
  | 'legacy-billing';

/** Each project's steps, in execution order. */
export const demoProcesses: Record<DemoProjectSlug, readonly StepDefinition[]> = {
  'front-end': frontEndProcess,
  carts: cartsProcess,
  catalogue: catalogueProcess,
  orders: ordersProcess,
  payment: paymentProcess,
  shipping: shippingProcess,
  user: userProcess,
  'queue-master': queueMasterProcess,
  guestbook: guestbookProcess,
  'nightly-reports': nightlyReportsProcess,
  'customer-portal': customerPortalProcess,
  'legacy-billing': legacyBillingProcess,
};
