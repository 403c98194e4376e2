export default function HomePage() {
  return <main className="p-8 font-serif text-3xl">Newsstand</main>;
}
