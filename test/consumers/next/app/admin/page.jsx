import { Admin } from './Admin';

export default function AdminPage() {
  return (
    <main>
      <h1>Checkout links</h1>
      <Admin />
    </main>
  );
}
